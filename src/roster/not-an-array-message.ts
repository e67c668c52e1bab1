const kind = (value: unknown): string =>
  value === null ? 'null' : typeof value === 'object' ? 'a JSON object' : `a JSON ${typeof value}`;

/**
 * Why a JSON value that should have been an array of `items` is not, saying what it is
 * instead; for an object holding an array, which key to take it from.
 */
export function notAnArrayMessage(value: unknown, items: string): string {
  const base = `expected a JSON array of ${items} ([{...}, {...}]), but the file holds ${kind(value)}`;
  if (value === null || typeof value !== 'object') return base;
  const keys = Object.keys(value);
  const list = keys.find((k) => Array.isArray((value as Record<string, unknown>)[k]));
  const shown = keys
    .slice(0, 5)
    .map((k) => `"${k}"`)
    .join(', ');
  return (
    `${base}${keys.length > 0 ? ` with key${keys.length > 1 ? 's' : ''} ${shown}${keys.length > 5 ? ', …' : ''}` : ''}` +
    (list === undefined ? '' : `; if the ${items} are its "${list}" list, give that array alone`)
  );
}
