/** The smallest and largest group size a round may ask for (8 is Slack's limit for a group DM). */
export const MIN_GROUP_SIZE = 2;
export const MAX_GROUP_SIZE = 8;

/**
 * The sizes of the groups for `count` people in groups of `size`, largest first: groups of
 * `size`, with `count mod size` of them one larger to absorb the remainder. When there are
 * fewer groups than leftover people (only for small counts, e.g. 7 in groups of 4), the
 * remainder cannot be absorbed, so the count is split into one more group of near-equal
 * sizes instead (4 + 3). Fewer than two people make no group.
 */
export function groupSizes(count: number, size: number): number[] {
  if (count < 2) return [];
  if (count <= size) return [count];
  const groups = Math.floor(count / size);
  const remainder = count % size;
  if (remainder <= groups) {
    return Array.from({ length: groups }, (_, i) => (i < remainder ? size + 1 : size));
  }
  const parts = groups + 1;
  const base = Math.floor(count / parts);
  return Array.from({ length: parts }, (_, i) => (i < count % parts ? base + 1 : base));
}
