import { markdownTable } from 'markdown-table';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/escape.js';
import { decodeCell, parseTables } from './markdown.js';

describe('escapeMarkdown', () => {
  it('escapes pipes, HTML, backticks and mentions, and flattens line breaks', () => {
    expect(escapeMarkdown('a|b\n<script>@team')).toBe('a\\|b &lt;script&gt;@&#8203;team');
    expect(escapeMarkdown('x\r\ny\rz')).toBe('x y z');
    expect(escapeMarkdown('`code` & more')).toBe('\\`code\\` &amp; more');
  });

  it('cannot fake the sticky marker', () => {
    expect(escapeMarkdown('<!-- ftbench:sticky-comment -->')).toBe('&lt;!-- ftbench:sticky-comment --&gt;');
  });

  // Each name must stay one cell and read back as written (line breaks as spaces, @ followed by a zero-width space).
  const nasty = ['plain_name', 'a|b', 'ends with backslash\\', 'backslash then pipe \\|', '\\\\|', 'two\nlines', '| leading', 'trailing |', '@org/team', '&amp; literal'];
  it.each(nasty)('%j stays one cell and reads back unchanged', (name) => {
    const [table] = parseTables(markdownTable([['Name', 'Other'], [escapeMarkdown(name), 'x']]));
    expect(table.rows[0]).toHaveLength(2);
    expect(decodeCell(table.rows[0][0])).toBe(name.replace(/\n/g, ' ').replace(/@/g, '@\u200b'));
    expect(table.rows[0][1]).toBe('x');
  });
});
