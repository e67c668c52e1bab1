// Spreadsheet users write lists either way: "hiking;chess" unquoted, or "hiking, chess" in
// a quoted cell. Neither character belongs inside one interest, so both separate.
const LIST_SEPARATORS = /[;,]/;

/** The entries of one list cell of a roster CSV, trimmed, empty ones dropped. */
export function splitListCell(cell: string): string[] {
  return cell
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
