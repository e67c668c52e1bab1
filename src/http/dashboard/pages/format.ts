/** A date as organisers read it in tables: 2026-11-02. */
export const day = (d: Date | null | undefined): string => (d ? d.toISOString().slice(0, 10) : '—');

/** "62%" or "—" when there is nothing to divide by. */
export const rate = (k: number, n: number): string => (n > 0 ? `${Math.round((100 * k) / n)}%` : '—');

/** A platform id and name as one label: "Ada (U123)". */
export const who = (m: { userId: string; name: string | null }): string =>
  m.name ? `${m.name} (${m.userId})` : m.userId;

/** "1 intro", "3 intros", "2 people": a count with its noun in the right number. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;
