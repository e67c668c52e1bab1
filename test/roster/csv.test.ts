import { describe, expect, it } from 'vitest';
import { csvRecords, detectDelimiter, parseCsv } from '../../src/roster/csv.ts';

const fields = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.rows.map((r) => r.fields);
};

describe('parseCsv', () => {
  it('splits records and fields', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF, LF and CR line endings and a missing final newline', () => {
    expect(fields('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
    expect(fields('"a,b","say ""hi""","two\nlines"\n')).toEqual([['a,b', 'say "hi"', 'two\nlines']]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(fields('a,,"",\n')).toEqual([['a', '', '', '']]);
    expect(fields('""\n')).toEqual([['']]);
  });

  it('strips a byte-order mark and skips blank lines', () => {
    expect(fields('\uFEFFid\n\nu1\n\n')).toEqual([['id'], ['u1']]);
  });

  it('tolerates spaces around a quoted field', () => {
    expect(fields('u1, "Ada, L" ,x')).toEqual([['u1', 'Ada, L', 'x']]);
  });

  it('numbers each record by the line it starts on', () => {
    const result = parseCsv('h\n"multi\nline"\nnext\n');
    expect(result.ok && result.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('names the line of an unterminated quote', () => {
    expect(parseCsv('a\nb\n"open,\nstill open')).toMatchObject({
      ok: false,
      code: 'csv.unterminated_quote',
      line: 3,
      message: 'line 3: a quoted field is never closed',
    });
  });

  it('names the line of a quote inside an unquoted field or text after a closing quote', () => {
    expect(parseCsv('a\nb"c')).toMatchObject({ ok: false, code: 'csv.stray_quote', line: 2 });
    expect(parseCsv('a\n"b"c')).toMatchObject({ ok: false, code: 'csv.text_after_quote', line: 2 });
  });

  it('supports another delimiter', () => {
    const result = parseCsv('a;b\n1;"2;3"', { delimiter: ';' });
    expect(result.ok && result.rows.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
  });
});

describe('csvRecords', () => {
  it('maps each record to the header’s columns', () => {
    expect(csvRecords(' id , name\nu1,Ada\n')).toEqual({
      ok: true,
      header: ['id', 'name'],
      records: [{ line: 2, values: { id: 'u1', name: 'Ada' } }],
    });
  });

  it('reports a record with the wrong number of fields by line', () => {
    expect(csvRecords('id,name\nu1,Ada\nu2\n')).toMatchObject({
      ok: false,
      code: 'csv.field_count',
      line: 3,
      message: 'line 3: expected 2 fields like the header, found 1',
    });
  });
});

describe('detectDelimiter', () => {
  it('takes the delimiter the header shows: tabs, then semicolons, else commas', () => {
    expect(detectDelimiter('id\tname\thobbies\nu1\tAda\thiking, chess\n')).toBe('\t');
    expect(detectDelimiter('\uFEFF\nid;name\nu1;Ada\n')).toBe(';');
    expect(detectDelimiter('id,name\nu1,"a;b;c"\n')).toBe(',');
    expect(detectDelimiter('"a;b",name\n')).toBe(',');
    expect(detectDelimiter('id\nu1\n')).toBe(',');
  });

  it('lets csvRecords read a tab-separated file with commas inside cells', () => {
    expect(csvRecords('id\thobbies\nu1\thiking, chess\n')).toMatchObject({
      ok: true,
      records: [{ line: 2, values: { id: 'u1', hobbies: 'hiking, chess' } }],
    });
  });
});
