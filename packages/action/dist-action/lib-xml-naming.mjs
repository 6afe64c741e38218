import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/xml-naming/src/index.js
var nameStartChar10, nameChar10, nameStartChar11, nameChar11, buildRegexes, regexes10, regexes11, regexesAscii, getRegexes, qName, PRODUCTIONS, createValidator;
function init_src() {
	return (init_src = __esmMin((() => {
		nameStartChar10 = ":A-Za-z_À-ÖØ-öø-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�";
		nameChar10 = nameStartChar10 + "\\-\\.\\d·̀-ͯ‿-⁀";
		nameStartChar11 = ":A-Za-z_À-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
		nameChar11 = nameStartChar11 + "\\-\\.\\d·̀-ͯ҇‿-⁀";
		buildRegexes = (startChar, char, flags = "") => {
			const ncNamePat = `[${startChar.replace(":", "")}][${char.replace(":", "")}]*`;
			return {
				name: new RegExp(`^[${startChar}][${char}]*$`, flags),
				ncName: new RegExp(`^${ncNamePat}$`, flags),
				qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
				nmToken: new RegExp(`^[${char}]+$`, flags),
				nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
			};
		};
		regexes10 = buildRegexes(nameStartChar10, nameChar10);
		regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
		regexesAscii = buildRegexes(":A-Za-z_", ":A-Za-z_\\-\\.\\d");
		getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
			if (asciiOnly) return regexesAscii;
			return xmlVersion === "1.1" ? regexes11 : regexes10;
		};
		qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
		PRODUCTIONS = [
			"name",
			"ncName",
			"qName",
			"nmToken",
			"nmTokens"
		];
		createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
			if (!PRODUCTIONS.includes(production)) throw new TypeError(`Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`);
			const regex = getRegexes(xmlVersion, asciiOnly)[production];
			let cache = /* @__PURE__ */ new Map();
			const validator = (str) => {
				const cached = cache.get(str);
				if (cached !== void 0) return cached;
				const result = regex.test(str);
				if (cache.size < maxCacheSize) cache.set(str, result);
				return result;
			};
			validator.reset = () => {
				cache = /* @__PURE__ */ new Map();
			};
			return validator;
		};
	})))();
}
export { init_src as n, qName as r, createValidator as t };
