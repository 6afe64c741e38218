// packages/core/src/tasks/python-str.ts
/**
* Python `str` methods that lm-evaluation-harness task code relies on, where JavaScript's nearest
* equivalent differs: `String.prototype.trim` strips U+FEFF but not U+001C–U+001F or U+0085, and
* JavaScript has no titlecase mapping.
*/
/** The characters for which Python's `str.isspace()` is true. */
const PY_WHITESPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_STRIP = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, "g");
const PY_RSTRIP = new RegExp(`[${PY_WHITESPACE}]+$`);
/** Python's `str.strip()` with no argument. */
function pyStrip(text) {
	return text.replace(PY_STRIP, "");
}
/** Python's `str.rstrip()` with no argument. */
function pyRstrip(text) {
	return text.replace(PY_RSTRIP, "");
}
/**
* Python (3.8+) `str.capitalize()`: the first character titlecased, every other character lowercased
* (so "the DOG" becomes "The dog"). Lowercasing the whole string keeps the context-dependent final-sigma rule.
*/
function pyCapitalize(text) {
	if (text.length === 0) return text;
	const first = String.fromCodePoint(text.codePointAt(0));
	return titlecase(first) + text.toLowerCase().slice(first.toLowerCase().length);
}
/**
* Characters whose titlecase is not their uppercase, from CPython 3.11's Unicode database
* (every code point with `c.title() != c.upper()`): those that titlecase to themselves, as ranges...
*/
const TITLECASE_IS_SELF = [
	[453, 453],
	[456, 456],
	[459, 459],
	[498, 498],
	[4304, 4346],
	[4349, 4351],
	[8072, 8079],
	[8088, 8095],
	[8104, 8111],
	[8124, 8124],
	[8140, 8140],
	[8188, 8188]
];
/** ...and the others, with their titlecase. */
const TITLECASE_DIFFERS_FROM_UPPER = /* @__PURE__ */ new Map([
	["ß", "Ss"],
	["Ǆ", "ǅ"],
	["ǆ", "ǅ"],
	["Ǉ", "ǈ"],
	["ǉ", "ǈ"],
	["Ǌ", "ǋ"],
	["ǌ", "ǋ"],
	["Ǳ", "ǲ"],
	["ǳ", "ǲ"],
	["և", "Եւ"],
	["ᾀ", "ᾈ"],
	["ᾁ", "ᾉ"],
	["ᾂ", "ᾊ"],
	["ᾃ", "ᾋ"],
	["ᾄ", "ᾌ"],
	["ᾅ", "ᾍ"],
	["ᾆ", "ᾎ"],
	["ᾇ", "ᾏ"],
	["ᾐ", "ᾘ"],
	["ᾑ", "ᾙ"],
	["ᾒ", "ᾚ"],
	["ᾓ", "ᾛ"],
	["ᾔ", "ᾜ"],
	["ᾕ", "ᾝ"],
	["ᾖ", "ᾞ"],
	["ᾗ", "ᾟ"],
	["ᾠ", "ᾨ"],
	["ᾡ", "ᾩ"],
	["ᾢ", "ᾪ"],
	["ᾣ", "ᾫ"],
	["ᾤ", "ᾬ"],
	["ᾥ", "ᾭ"],
	["ᾦ", "ᾮ"],
	["ᾧ", "ᾯ"],
	["ᾲ", "Ὰͅ"],
	["ᾳ", "ᾼ"],
	["ᾴ", "Άͅ"],
	["ᾷ", "ᾼ͂"],
	["ῂ", "Ὴͅ"],
	["ῃ", "ῌ"],
	["ῄ", "Ήͅ"],
	["ῇ", "ῌ͂"],
	["ῲ", "Ὼͅ"],
	["ῳ", "ῼ"],
	["ῴ", "Ώͅ"],
	["ῷ", "ῼ͂"],
	["ﬀ", "Ff"],
	["ﬁ", "Fi"],
	["ﬂ", "Fl"],
	["ﬃ", "Ffi"],
	["ﬄ", "Ffl"],
	["ﬅ", "St"],
	["ﬆ", "St"],
	["ﬓ", "Մն"],
	["ﬔ", "Մե"],
	["ﬕ", "Մի"],
	["ﬖ", "Վն"],
	["ﬗ", "Մխ"]
]);
function titlecase(char) {
	const codePoint = char.codePointAt(0) ?? 0;
	if (TITLECASE_IS_SELF.some(([from, to]) => codePoint >= from && codePoint <= to)) return char;
	return TITLECASE_DIFFERS_FROM_UPPER.get(char) ?? char.toUpperCase();
}
export { pyRstrip as n, pyStrip as r, pyCapitalize as t };
