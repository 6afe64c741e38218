import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/balanced-match/dist/esm/index.js
var range;
function init_esm() {
	return (init_esm = __esmMin((() => {
		range = (a, b, str) => {
			let begs, beg, left, right = void 0, result;
			let ai = str.indexOf(a);
			let bi = str.indexOf(b, ai + 1);
			let i = ai;
			if (ai >= 0 && bi > 0) {
				if (a === b) return [ai, bi];
				begs = [];
				left = str.length;
				while (i >= 0 && !result) {
					if (i === ai) {
						begs.push(i);
						ai = str.indexOf(a, i + 1);
					} else if (begs.length === 1) {
						const r = begs.pop();
						if (r !== void 0) result = [r, bi];
					} else {
						beg = begs.pop();
						if (beg !== void 0 && beg < left) {
							left = beg;
							right = bi;
						}
						bi = str.indexOf(b, i + 1);
					}
					i = ai < bi && ai >= 0 ? ai : bi;
				}
				if (begs.length && right !== void 0) result = [left, right];
			}
			return result;
		};
	})))();
}
export { range as n, init_esm as t };
