/**
 * An RFC 4180 CSV parser that reads records the way Python's `csv.reader` (default dialect) does:
 * quoted fields may hold commas, doubled quotes and line breaks (kept verbatim, "\r\n" included);
 * records end at "\n", "\r\n" or "\r" outside quotes; blank lines are skipped.
 */
export class CsvSyntaxError extends Error {}

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let atFieldStart = true;
  const endField = (): void => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' && atFieldStart) {
      const quoted = readQuoted(text, i + 1);
      field = quoted.value;
      i = quoted.end;
      atFieldStart = false;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (!atFieldStart || record.length > 0) endRecord();
  return records;
}

/**
 * Reads a quoted field whose opening quote is just before `start`; returns its value and the index of
 * its closing quote. As in Python's non-strict reader, text between that quote and the next delimiter
 * then simply continues the field.
 */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw new CsvSyntaxError(`unterminated quoted field starting at offset ${start - 1}`);
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote };
    value += '"';
    from = quote + 2;
  }
}
