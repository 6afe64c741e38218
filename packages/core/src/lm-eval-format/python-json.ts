/**
 * Python's `json.dumps(value, ensure_ascii=False[, indent=2])` and `str()` of floats and booleans,
 * byte for byte: lm-eval hashes `json.dumps(doc, indent=2, ensure_ascii=False)` (`doc_hash`) and writes
 * its samples files with `json.dumps`, whose separators (", ", ": ") and float spelling ("1.0",
 * "1e-05") differ from JSON.stringify's.
 */

/** A value Python holds as a float: written `1.0`, not `1`. Plain JS numbers are written as Python ints when integral. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Python's `repr(float)`: the shortest round-trip digits, fixed notation for exponents -4..15, else `d.ddde±XX`. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
  const exponent = Number(exponentText);
  const digits = mantissa.replace('.', '');
  const sign = value < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || '0'}`;
}

/** Python's `str()` of what lm-eval stringifies (`sanitize_list`): floats as repr, booleans as True/False. */
export function pyStr(value: number | boolean | string | PyFloat): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloatRepr(value);
  return value;
}

/** json.dumps' string escaping with ensure_ascii=False: the same characters JSON.stringify escapes, spelled alike. */
function pyJsonString(text: string): string {
  return JSON.stringify(text);
}

function pyJsonNumber(value: number, asFloat: boolean): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return !asFloat && Number.isInteger(value) ? String(value) : pyFloatRepr(value);
}

/** `json.dumps(value, ensure_ascii=False, indent=indent)`; `undefined` members are left out, as JSON.stringify does. */
export function pyJsonDumps(value: unknown, indent?: number): string {
  const itemSeparator = indent === undefined ? ', ' : ',';
  const write = (v: unknown, level: number): string => {
    if (v === null || v === undefined) return 'null';
    if (v instanceof PyFloat) return pyJsonNumber(v.value, true);
    if (typeof v === 'number') return pyJsonNumber(v, false);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'string') return pyJsonString(v);
    const newline = indent === undefined ? '' : `\n${' '.repeat(indent * (level + 1))}`;
    const closing = indent === undefined ? '' : `\n${' '.repeat(indent * level)}`;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[${newline}${v.map((item) => write(item, level + 1)).join(itemSeparator + newline)}${closing}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{${newline}${entries.map(([key, item]) => `${pyJsonString(key)}: ${write(item, level + 1)}`).join(itemSeparator + newline)}${closing}}`;
  };
  return write(value, 0);
}
