/**
 * Python `str` methods that lm-evaluation-harness task code relies on, where JavaScript's nearest
 * equivalent differs: `String.prototype.trim` strips U+FEFF but not U+001C–U+001F or U+0085, and
 * JavaScript has no titlecase mapping.
 */

/** The characters for which Python's `str.isspace()` is true. */
const PY_WHITESPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_STRIP = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, 'g');
const PY_RSTRIP = new RegExp(`[${PY_WHITESPACE}]+$`);
const PY_SPACE = new RegExp(`^[${PY_WHITESPACE}]$`);

/** Python's `c.isspace()` for one character (every Python whitespace character is a single UTF-16 unit). */
export function isPySpace(char: string): boolean {
  return PY_SPACE.test(char);
}

/** Python's `str.strip()` with no argument. */
export function pyStrip(text: string): string {
  return text.replace(PY_STRIP, '');
}

/** Python's `str.rstrip()` with no argument. */
export function pyRstrip(text: string): string {
  return text.replace(PY_RSTRIP, '');
}

/**
 * Python (3.8+) `str.capitalize()`: the first character titlecased, every other character lowercased
 * (so "the DOG" becomes "The dog"). Lowercasing the whole string keeps the context-dependent final-sigma rule.
 */
export function pyCapitalize(text: string): string {
  if (text.length === 0) return text;
  const first = String.fromCodePoint(text.codePointAt(0)!);
  return titlecase(first) + text.toLowerCase().slice(first.toLowerCase().length);
}

/**
 * Characters whose titlecase is not their uppercase, from CPython 3.11's Unicode database
 * (every code point with `c.title() != c.upper()`): those that titlecase to themselves, as ranges...
 */
const TITLECASE_IS_SELF: ReadonlyArray<readonly [number, number]> = [
  [0x01c5, 0x01c5],
  [0x01c8, 0x01c8],
  [0x01cb, 0x01cb],
  [0x01f2, 0x01f2],
  [0x10d0, 0x10fa],
  [0x10fd, 0x10ff],
  [0x1f88, 0x1f8f],
  [0x1f98, 0x1f9f],
  [0x1fa8, 0x1faf],
  [0x1fbc, 0x1fbc],
  [0x1fcc, 0x1fcc],
  [0x1ffc, 0x1ffc],
];
/** ...and the others, with their titlecase. */
const TITLECASE_DIFFERS_FROM_UPPER: ReadonlyMap<string, string> = new Map([
  ['\u00df', 'Ss'],
  ['\u01c4', '\u01c5'],
  ['\u01c6', '\u01c5'],
  ['\u01c7', '\u01c8'],
  ['\u01c9', '\u01c8'],
  ['\u01ca', '\u01cb'],
  ['\u01cc', '\u01cb'],
  ['\u01f1', '\u01f2'],
  ['\u01f3', '\u01f2'],
  ['\u0587', '\u0535\u0582'],
  ['\u1f80', '\u1f88'],
  ['\u1f81', '\u1f89'],
  ['\u1f82', '\u1f8a'],
  ['\u1f83', '\u1f8b'],
  ['\u1f84', '\u1f8c'],
  ['\u1f85', '\u1f8d'],
  ['\u1f86', '\u1f8e'],
  ['\u1f87', '\u1f8f'],
  ['\u1f90', '\u1f98'],
  ['\u1f91', '\u1f99'],
  ['\u1f92', '\u1f9a'],
  ['\u1f93', '\u1f9b'],
  ['\u1f94', '\u1f9c'],
  ['\u1f95', '\u1f9d'],
  ['\u1f96', '\u1f9e'],
  ['\u1f97', '\u1f9f'],
  ['\u1fa0', '\u1fa8'],
  ['\u1fa1', '\u1fa9'],
  ['\u1fa2', '\u1faa'],
  ['\u1fa3', '\u1fab'],
  ['\u1fa4', '\u1fac'],
  ['\u1fa5', '\u1fad'],
  ['\u1fa6', '\u1fae'],
  ['\u1fa7', '\u1faf'],
  ['\u1fb2', '\u1fba\u0345'],
  ['\u1fb3', '\u1fbc'],
  ['\u1fb4', '\u0386\u0345'],
  ['\u1fb7', '\u0391\u0342\u0345'],
  ['\u1fc2', '\u1fca\u0345'],
  ['\u1fc3', '\u1fcc'],
  ['\u1fc4', '\u0389\u0345'],
  ['\u1fc7', '\u0397\u0342\u0345'],
  ['\u1ff2', '\u1ffa\u0345'],
  ['\u1ff3', '\u1ffc'],
  ['\u1ff4', '\u038f\u0345'],
  ['\u1ff7', '\u03a9\u0342\u0345'],
  ['\ufb00', 'Ff'],
  ['\ufb01', 'Fi'],
  ['\ufb02', 'Fl'],
  ['\ufb03', 'Ffi'],
  ['\ufb04', 'Ffl'],
  ['\ufb05', 'St'],
  ['\ufb06', 'St'],
  ['\ufb13', '\u0544\u0576'],
  ['\ufb14', '\u0544\u0565'],
  ['\ufb15', '\u0544\u056b'],
  ['\ufb16', '\u054e\u0576'],
  ['\ufb17', '\u0544\u056d'],
]);

function titlecase(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (TITLECASE_IS_SELF.some(([from, to]) => codePoint >= from && codePoint <= to)) return char;
  return TITLECASE_DIFFERS_FROM_UPPER.get(char) ?? char.toUpperCase();
}
