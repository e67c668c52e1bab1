/** One CSV record and the physical line (1-based) it starts on, for error messages. */
export interface CsvRow {
  line: number;
  fields: string[];
}

export type CsvErrorCode =
  'csv.unterminated_quote' | 'csv.stray_quote' | 'csv.text_after_quote' | 'csv.field_count';

export type CsvResult =
  { ok: true; rows: CsvRow[] } | { ok: false; code: CsvErrorCode; line: number; message: string };

export interface CsvOptions {
  delimiter?: string;
}

/**
 * Parses RFC 4180 CSV as spreadsheets export it: fields may be quoted, a quoted field may
 * hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end a record; a
 * leading byte-order mark, blank lines and spaces around a quoted field are ignored. Returns the first malformation as a
 * value naming its line. Records may have different lengths; see `csvRecords`.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  const delimiter = options.delimiter ?? ',';
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const fail = (code: CsvErrorCode, at: number, what: string): CsvResult => ({
    ok: false,
    code,
    line: at,
    message: `line ${at}: ${what}`,
  });
  const endField = (): void => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = (): void => {
    const blank = fields.length === 0 && field === '' && !quoted;
    endField();
    // Blank lines are skipped rather than reported as short records.
    if (!blank) rows.push({ line: rowLine, fields });
    fields = [];
  };

  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (c === delimiter) {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      rowLine = ++line;
    } else if (c !== '"') {
      // Hand-written files put spaces around quoted fields (`u1, "Ada, L"`); tolerate them.
      if (quoted && c !== ' ' && c !== '\t') {
        return fail('csv.text_after_quote', line, 'text after a closing quote; quote the whole field');
      }
      if (!quoted) field += c;
      i++;
    } else if (field.trim() !== '' || quoted) {
      return fail(
        'csv.stray_quote',
        line,
        'a quote inside an unquoted field; quote the whole field and double the quote ("")',
      );
    } else {
      const start = line;
      field = '';
      quoted = true;
      for (i++; ;) {
        if (i >= src.length) return fail('csv.unterminated_quote', start, 'a quoted field is never closed');
        const d = src[i]!;
        if (d === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (d === '"') {
          i++;
          break;
        } else {
          if (d === '\n' || (d === '\r' && src[i + 1] !== '\n')) line++;
          field += d;
          i++;
        }
      }
    }
  }
  if (fields.length > 0 || field !== '' || quoted) endRecord();
  return { ok: true, rows };
}

export type CsvRecordsResult =
  | { ok: true; header: string[]; records: Array<{ line: number; values: Record<string, string> }> }
  | { ok: false; code: CsvErrorCode; line: number; message: string };

/**
 * The delimiter a header line shows: a tab when it holds tabs and no more commas (Excel's
 * "Unicode text" export), a semicolon when it holds more of them than commas (spreadsheets
 * in locales that write decimals with a comma), otherwise a comma.
 */
export function detectDelimiter(text: string): string {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .replace(/^[\r\n]+/, '')
      .split(/[\r\n]/, 1)[0] ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  if (count('\t') > 0 && count('\t') >= count(',')) return '\t';
  if (count(';') > count(',')) return ';';
  return ',';
}

/**
 * Parses CSV whose first record is a header, giving each later record as column -> value.
 * Without a delimiter in `options`, the header decides (see `detectDelimiter`).
 */
export function csvRecords(text: string, options: CsvOptions = {}): CsvRecordsResult {
  const parsed = parseCsv(text, { delimiter: options.delimiter ?? detectDelimiter(text) });
  if (!parsed.ok) return parsed;
  const [head, ...body] = parsed.rows;
  const header = (head?.fields ?? []).map((h) => h.trim());
  const records = [];
  for (const row of body) {
    if (row.fields.length !== header.length) {
      return {
        ok: false,
        code: 'csv.field_count',
        line: row.line,
        message: `line ${row.line}: expected ${header.length} fields like the header, found ${row.fields.length}`,
      };
    }
    records.push({ line: row.line, values: Object.fromEntries(header.map((h, k) => [h, row.fields[k]!])) });
  }
  return { ok: true, header, records };
}
