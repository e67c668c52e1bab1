/** A JSON.parse failure as "not valid JSON at line L, column C (…)", since V8 only gives an offset. */
export function jsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  if (position === null) return `not valid JSON (${detail})`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column} (${detail.replace(/ in JSON at position \d+.*$/, '')})`;
}
