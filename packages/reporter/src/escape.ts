/**
 * The one escaping function for every text a PR or its data controls (task, group, suite and
 * category names, gate targets, ids, paths, branch names, error messages, reasons quoting them).
 * Its output is inert wherever the reports put it: Markdown paragraphs, list items, table cells,
 * and the text of an HTML element such as `<summary>`. Inert means no link, image, mention, issue
 * or commit reference, emoji, HTML, comment, code, emphasis, heading, list or table break.
 *
 * 1. Invisible and layout characters are made visible or plain: line breaks and tabs become a
 *    space (a newline would end the table row or list item); controls, format characters (bidi
 *    overrides and isolates, zero-width characters, soft hyphen, BOM, tag characters), private-use
 *    characters and lone surrogates become U+FFFD, so reordered or hidden text shows as such.
 * 2. Text too long for a report is clipped (`…`), so one name cannot crowd out the verdict.
 * 3. GitHub links some plain text after Markdown is rendered (mentions, `#123`, `GH-123`, commit
 *    shas, `:emoji:`) and GFM autolinks `https://…`, `www.…` and e-mail addresses. Escapes cannot
 *    stop that, since those filters read the rendered text, so a zero-width space goes where it
 *    breaks the pattern and changes nothing on screen: after `@`, between `#`/`GH-` and the
 *    digits, inside `://` and `www.`, before an emoji's closing colon, and every 6 characters of a
 *    hex run of 7 or more.
 * 4. Every character Markdown or HTML gives a meaning to is written as a character reference
 *    (`&lt;`, `&#124;`, …). CommonMark shows references as literal text and never as markup, HTML
 *    decodes them too, and GFM splits table cells on `|` before it decodes them, so the same
 *    output is safe in every place above. Backslash escapes would not be: inside an HTML block
 *    they show up as backslashes.
 *
 * Only text that a renderer of ours places inline goes through here; never put its result in a
 * code span or an HTML attribute.
 */

/** Longest text shown, in code points; longer text is clipped with `…`. */
export const MAX_ESCAPED_LENGTH = 500;

const ZERO_WIDTH_SPACE = '\u200b';

const LINE_BREAK_OR_TAB = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** Controls, format characters, private use, unassigned surrogates, line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Spaces other than U+0020 (no-break, em, ideographic, …): shown as a plain space. */
const ODD_SPACE = /(?! )[\s\p{Zs}]/gu;

/** Characters with a meaning in Markdown or HTML, and how each is written instead. */
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '#': '&#35;',
  $: '&#36;',
};
const SPECIAL = /[&<>\\`*_~[\]|#$]/g;

/** Characters that start a block (list item, setext underline) only at the start of a line. */
const LINE_START_MARKER: Record<string, string> = { '-': '&#45;', '+': '&#43;', '=': '&#61;' };

function clip(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}

/** Step 3: a zero-width space wherever GitHub or GFM would see a link or reference. */
function breakAutolinks(text: string): string {
  const z = ZERO_WIDTH_SPACE;
  return text
    .replace(/@/g, `@${z}`)
    .replace(/#(?=\d)/g, `#${z}`)
    .replace(/(gh-)(?=\d)/gi, `$1${z}`)
    .replace(/:(?=\/\/)/g, `:${z}`)
    .replace(/(www)(?=\.)/gi, `$1${z}`)
    .replace(/(:[\w+-]+)(?=:)/g, `$1${z}`)
    .replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/.{6}(?=.)/g, `$&${z}`));
}

export function escapeMarkdown(text: string, maxLength = MAX_ESCAPED_LENGTH): string {
  const plain = String(text).replace(LINE_BREAK_OR_TAB, ' ').replace(INVISIBLE, '\ufffd').replace(ODD_SPACE, ' ');
  const escaped = breakAutolinks(clip(plain, maxLength))
    .replace(SPECIAL, (char) => REFERENCES[char])
    // A leading "-", "+", "=" or "1." / "1)" would start a list or underline a heading.
    .replace(/^( *)([-+=])/, (_, spaces: string, marker: string) => spaces + LINE_START_MARKER[marker])
    .replace(/^( *\d+)([.)])/, (_, number: string, delimiter: string) => `${number}${delimiter === '.' ? '&#46;' : '&#41;'}`);
  return escaped.replace(/\u200b/g, '&#8203;');
}
