export type CsvCell = string | number | boolean | null | undefined | readonly string[];

/**
 * A cell as RFC 4180 wants it. Lists are joined with ";" as in the `kindred match` format.
 * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe, since display names come from members, not from the organiser. A
 * list is guarded as the joined text a spreadsheet sees, so `+2+3;chess` cannot run either.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if ((typeof value === 'string' || Array.isArray(value)) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: a header row, then one line per record, CRLF as RFC 4180 says. */
export function toCsv<K extends string>(
  columns: readonly K[],
  records: readonly Record<K, CsvCell>[],
): string {
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
