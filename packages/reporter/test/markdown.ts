/**
 * A small GFM table reader for the tests, written from the GFM spec rather than from the
 * renderer: rows split on pipes that no backslash escapes, then cells decoded back to text.
 */

/** Cells of one table row, still escaped; `\x` pairs stay together so `\|` is not a separator. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && i + 1 < line.length) {
      cell += line[i] + line[i + 1];
      i++;
    } else if (line[i] === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += line[i];
    }
  }
  cells.push(cell);
  // A row starts and ends with a pipe: drop the empty text outside them.
  return cells.slice(1, -1).map((text) => text.trim());
}

export interface ParsedTable {
  header: string[];
  rows: string[][];
}

const DELIMITER_ROW = /^\|(\s*:?-+:?\s*\|)+$/;

/** Every table in the text: runs of consecutive lines starting with `|`, checked to be well formed. */
export function parseTables(markdown: string): ParsedTable[] {
  const tables: ParsedTable[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (block.length < 2 || !DELIMITER_ROW.test(block[1])) throw new Error(`malformed table:\n${block.join('\n')}`);
    const header = splitRow(block[0]);
    const rows = block.slice(2).map(splitRow);
    const ragged = rows.find((row) => row.length !== header.length);
    if (ragged) throw new Error(`row with ${ragged.length} cells in a ${header.length}-column table: ${ragged.join(' ¦ ')}`);
    if (splitRow(block[1]).length !== header.length) throw new Error('delimiter row does not match the header');
    tables.push({ header, rows });
    block = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) block.push(line);
    else flush();
  }
  flush();
  return tables;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What GitHub shows for escaped text: backslash escapes and character references decoded, as CommonMark does. */
export function decodeCell(cell: string): string {
  // No-break spaces (which keep a cell's phrases together) read as spaces.
  return cell
    .replace(/\u00a0/g, ' ')
    .replace(/\\([!-/:-@[-`{-~])|&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, escaped?: string, decimal?: string, hex?: string, name?: string) => {
      if (escaped !== undefined) return escaped;
      if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED_ENTITIES[name as string] ?? whole;
    });
}

/** The HTML our renderers write themselves; any other `<` is a failure. */
const OWN_HTML = /<\/?details>|<\/?summary>/g;
/** The 95 % CI cell, `[low, high]`: brackets of ours, which no escaped text can turn into a link. */
const OWN_BRACKETS = /\[[-+]?\d+\.\d,[ \u00a0][-+]?\d+\.\d\]/g;

/**
 * Why a rendered report is not inert, if it is not: raw HTML, link or image syntax, something
 * GitHub would link or ping after rendering, invisible or reordering characters, or a table row
 * with more or fewer cells than its header. Empty when the report is inert.
 */
export function inertnessProblems(markdown: string): string[] {
  const problems: string[] = [];
  const raw = markdown
    .split('\n')
    .filter((line) => !DELIMITER_ROW.test(line))
    .join('\n')
    .replace(OWN_HTML, '')
    .replace(OWN_BRACKETS, '');
  const check = (pattern: RegExp, text: string, what: string) => {
    const match = pattern.exec(text);
    if (match) problems.push(`${what}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 40))}`);
  };
  check(/</, raw, 'raw HTML or autolink');
  check(/[[\]]/, raw, 'link, image or reference syntax');
  check(/`/, raw, 'code span or fence');
  check(/\\[^\n]/, raw, 'backslash escape (shows literally in HTML blocks)');
  check(
    /[*~]|(^|\W)_|_(\W|$)/m,
    raw
      // Our own bold labels: "**Only in the candidate run:**", and the notes' "> ⚠️ **Failed judgments:**".
      .replace(/^(> \S+ )?\*\*[^*\n]+:\*\*/gmu, '')
      .replace(/\*\*Not comparable\*\*/g, '')
      .replace(/^_No task was scored by both runs\._$/m, ''),
    'emphasis',
  );
  check(/\$/, raw, 'math');
  const shown = decodeCell(raw);
  check(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u, shown.replace(/[\n\u200b]/g, ''), 'invisible or control character');
  check(/@[a-z0-9]/i, shown, 'mention or e-mail');
  check(/#\d/, shown, 'issue reference');
  check(/gh-\d/i, shown, 'GH- issue reference');
  check(/:\/\//, shown, 'URL');
  check(/www\./i, shown, 'www autolink');
  check(/:[\w+-]+:/, shown, 'emoji shortcode');
  check(/[0-9a-f]{7,}/i, shown, 'commit sha');
  for (const line of markdown.split('\n')) {
    if (/^\s*(#{1,6}\s)/.test(line) && !/^#{3,4} (✅|❌|ftbench|Run)/u.test(line)) problems.push(`heading not of ours: ${JSON.stringify(line.slice(0, 60))}`);
    if (/^\s*([+=]|\d+[.)])/.test(line)) problems.push(`block marker: ${JSON.stringify(line.slice(0, 60))}`);
    if (/^\s*-\s*-/.test(line)) problems.push(`list or rule from data: ${JSON.stringify(line.slice(0, 60))}`);
  }
  try {
    parseTables(markdown);
  } catch (error) {
    problems.push((error as Error).message.slice(0, 200));
  }
  return problems;
}
