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

/** What GitHub shows for an escaped cell: backslash escapes and the few entities in use decoded. */
export function decodeCell(cell: string): string {
  return cell
    .replace(/\\(.)/g, '$1')
    .replace(/&#8203;/g, '\u200b')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
