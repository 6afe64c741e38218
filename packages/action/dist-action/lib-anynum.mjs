import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS, HIGH_MAP, LOW_MAX, TABLE_OFFSET, TABLE;
function init_digitTable() {
	return (init_digitTable = __esmMin((() => {
		SCRIPT_ZEROS = [
			48,
			1632,
			1776,
			2406,
			2534,
			2662,
			2790,
			2918,
			3046,
			3174,
			3302,
			3430,
			3558,
			3664,
			3792,
			3872,
			4160,
			4240,
			6112,
			6160,
			6470,
			6608,
			6784,
			6800,
			6992,
			7088,
			7232,
			7248,
			65296,
			120782,
			120792,
			120802,
			120812,
			120822,
			66720,
			68912,
			69734,
			69872,
			69942,
			70096,
			70384,
			70736,
			70864,
			71248,
			71360,
			71472,
			71904,
			72016,
			72688,
			72784,
			73040,
			73120,
			73552,
			92768,
			92864,
			93008,
			123200,
			123632,
			124144,
			125264,
			130032
		];
		HIGH_MAP = /* @__PURE__ */ new Map();
		LOW_MAX = 65535;
		TABLE_OFFSET = 1632;
		TABLE = (/* @__PURE__ */ new Uint8Array(63904)).fill(255);
		for (const zero of SCRIPT_ZEROS) for (let d = 0; d < 10; d++) {
			const cp = zero + d;
			if (cp <= LOW_MAX) TABLE[cp - TABLE_OFFSET] = d;
			else HIGH_MAP.set(cp, d);
		}
	})))();
}
// node_modules/anynum/anynum.js
/**
* Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
* and normalize Unicode minus variants to ASCII '-' (U+002D).
*
* Non-digit, non-minus characters are passed through unchanged.
*
* Performance design:
* - Fast path: if the string has no convertible characters, return it unchanged
*   (zero allocation).
* - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
* - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
* - Minus variants: checked inline with a small fixed Set.
*
* @param {string} str
* @returns {string}
*/
function anynum(str) {
	if (typeof str !== "string") return str;
	const len = str.length;
	if (len === 0) return str;
	let firstHit = -1;
	for (let i = 0; i < len; i++) {
		const cc = str.charCodeAt(i);
		if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
		if (cc < 1632) {
			if (MINUS_SET.has(cc)) {
				firstHit = i;
				break;
			}
			continue;
		}
		if (cc >= 55296 && cc <= 56319) {
			if (i + 1 < len) {
				const low = str.charCodeAt(i + 1);
				if (low >= 56320 && low <= 57343) {
					const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
					if (HIGH_MAP.has(cp)) {
						firstHit = i;
						break;
					}
				}
			}
			continue;
		}
		if (TABLE[cc - 1632] !== 255 || MINUS_SET.has(cc)) {
			firstHit = i;
			break;
		}
	}
	if (firstHit === -1) return str;
	const chars = [];
	if (firstHit > 0) chars.push(str.slice(0, firstHit));
	for (let i = firstHit; i < len; i++) {
		const cc = str.charCodeAt(i);
		if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
			chars.push(str[i]);
			continue;
		}
		if (cc < 1632) {
			chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
			continue;
		}
		if (cc >= 55296 && cc <= 56319) {
			if (i + 1 < len) {
				const low = str.charCodeAt(i + 1);
				if (low >= 56320 && low <= 57343) {
					const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
					const d = HIGH_MAP.get(cp);
					if (d !== void 0) {
						chars.push(String.fromCharCode(d + 48));
						i++;
						continue;
					}
				}
			}
			chars.push(str[i]);
			continue;
		}
		if (MINUS_SET.has(cc)) {
			chars.push("-");
			continue;
		}
		const d = TABLE[cc - TABLE_OFFSET];
		chars.push(d !== 255 ? String.fromCharCode(d + 48) : str[i]);
	}
	return chars.join("");
}
var CHAR_0, CHAR_9, CHAR_MINUS, MINUS_SET;
function init_anynum() {
	return (init_anynum = __esmMin((() => {
		init_digitTable();
		CHAR_0 = 48;
		CHAR_9 = 57;
		CHAR_MINUS = 45;
		MINUS_SET = /* @__PURE__ */ new Set([
			8722,
			65293,
			65123
		]);
	})))();
}
export { init_anynum as n, anynum as t };
