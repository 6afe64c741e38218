import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/data/csv.js';

describe('parseCsv', () => {
  it('splits plain records on commas and newlines, with or without a final newline', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields verbatim', () => {
    const text = 'q,c\n"Statement 1 | a, b.","True, True"\n"say ""hi""",x\n"line one\r\nline two\nthree",y\n';
    expect(parseCsv(text)).toEqual([
      ['q', 'c'],
      ['Statement 1 | a, b.', 'True, True'],
      ['say "hi"', 'x'],
      ['line one\r\nline two\nthree', 'y'],
    ]);
  });

  it('accepts \\r\\n and \\r record ends, empty fields and quoted empty fields; skips blank lines', () => {
    expect(parseCsv('a,,"",b\r\n\r\nc\rd,\n')).toEqual([['a', '', '', 'b'], ['c'], ['d', '']]);
  });

  it('treats quotes inside an unquoted field, and text after a closing quote, as Python csv does', () => {
    expect(parseCsv('ab"c,"x"y\n')).toEqual([['ab"c', 'xy']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"never closed\n')).toThrow(CsvSyntaxError);
  });
});
