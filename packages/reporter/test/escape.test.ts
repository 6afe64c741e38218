import { markdownTable } from 'markdown-table';
import { describe, expect, it } from 'vitest';
import { MAX_ESCAPED_LENGTH, escapeMarkdown } from '../src/escape.js';
import { HOSTILE_TEXT } from './hostile.js';
import { decodeCell, inertnessProblems, parseTables } from './markdown.js';

/** What the text should read as once rendered: line breaks as spaces, hidden characters as U+FFFD, the zero-width spaces we add ignored. */
function asShown(text: string): string {
  return text
    .replace(/\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, '\ufffd')
    .replace(/(?! )[\s\p{Zs}]/gu, ' ');
}

describe('escapeMarkdown', () => {
  it('writes markup characters as references and flattens line breaks', () => {
    expect(escapeMarkdown('a|b\n<script>')).toBe('a&#124;b &lt;script&gt;');
    expect(escapeMarkdown('x\r\ny\rz')).toBe('x y z');
    expect(escapeMarkdown('`code` & more')).toBe('&#96;code&#96; &amp; more');
    expect(escapeMarkdown('[a](b) *c* _d_ ~e~ #f $g$ \\')).toBe('&#91;a&#93;(b) &#42;c&#42; &#95;d&#95; &#126;e&#126; &#35;f &#36;g&#36; &#92;');
  });

  it('breaks mentions, references, URLs, emoji and shas with a zero-width space', () => {
    expect(escapeMarkdown('@team')).toBe('@&#8203;team');
    expect(escapeMarkdown('#12 GH-3')).toBe('&#35;&#8203;12 GH-&#8203;3');
    expect(escapeMarkdown('https://x www.y')).toBe('https:&#8203;//x www&#8203;.y');
    expect(escapeMarkdown(':rocket:')).toBe(':rocket&#8203;:');
    expect(escapeMarkdown('deadbeefcafe1')).toBe('deadbe&#8203;efcafe&#8203;1');
  });

  it('escapes list and heading markers at the start, where they would open a block', () => {
    expect(escapeMarkdown('- a')).toBe('&#45; a');
    expect(escapeMarkdown('  + a')).toBe('  &#43; a');
    expect(escapeMarkdown('12. a')).toBe('12&#46; a');
    expect(escapeMarkdown('3) a')).toBe('3&#41; a');
    expect(escapeMarkdown('a - b 1. c')).toBe('a - b 1. c');
  });

  it('makes bidi controls, zero-width and control characters visible as U+FFFD', () => {
    expect(escapeMarkdown('\u202egnp.exe\u202c')).toBe('\ufffdgnp.exe\ufffd');
    expect(escapeMarkdown('a\u200bb\u0000c\u001bd')).toBe('a\ufffdb\ufffdc\ufffdd');
  });

  it('cannot fake the sticky marker', () => {
    expect(escapeMarkdown('<!-- ftbench:sticky-comment owner/repo#1 -->')).not.toContain('<!--');
  });

  it(`clips text longer than ${MAX_ESCAPED_LENGTH} characters`, () => {
    const shown = decodeCell(escapeMarkdown('y'.repeat(5000)));
    expect(Array.from(shown)).toHaveLength(MAX_ESCAPED_LENGTH);
    expect(shown.endsWith('y…')).toBe(true);
  });

  describe.each(HOSTILE_TEXT.map((text) => [JSON.stringify(text).slice(0, 60), text]))('hostile text %s', (_, text) => {
    const escaped = escapeMarkdown(text);

    it('is inert: no markup character left, nothing GitHub would link, ping or hide', () => {
      expect(inertnessProblems(escaped)).toEqual([]);
      expect(escaped).not.toMatch(/[\n\r]/);
    });

    it('stays one table cell and reads back as written', () => {
      const [table] = parseTables(
        markdownTable([
          ['Name', 'Other'],
          [escaped, 'x'],
        ]),
      );
      expect(table.rows[0]).toHaveLength(2);
      expect(table.rows[0][1]).toBe('x');
      const expected = asShown(text);
      const shown = decodeCell(table.rows[0][0]).replace(/\u200b/g, '');
      if (Array.from(expected).length <= MAX_ESCAPED_LENGTH) expect(shown).toBe(expected.trim());
      else expect(shown.endsWith('…')).toBe(true);
    });
  });
});
