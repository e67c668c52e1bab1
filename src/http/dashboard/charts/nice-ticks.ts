/** Round tick values from 0 to at least `max`: 0, 5, 10… or 0, 20, 40…, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1e9) / 1e9);
  return ticks;
}

/** Indexes of the labels to print so that at most about `max` fit along an axis; the last always. */
export function labelIndexes(length: number, max: number): Set<number> {
  const every = Math.max(1, Math.ceil(length / max));
  const shown = new Set<number>();
  for (let i = 0; i < length; i += every) shown.add(i);
  const last = length - 1;
  if (last > 0 && !shown.has(last)) {
    // The last label matters most (the latest week or round); drop its neighbour if they would touch.
    if (last % every < every * 0.6) shown.delete(last - (last % every));
    shown.add(last);
  }
  return shown;
}

/** Formats a number for an SVG attribute: one decimal, no trailing zeros. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);
