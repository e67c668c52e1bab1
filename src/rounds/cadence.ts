import type { Cadence } from '../domain/member.ts';

const DAY_MS = 86_400_000;

// A day short of the nominal gap, so a weekly schedule that runs a few seconds earlier in
// the week than the last one still lands on every second or fourth round.
const MIN_GAP_DAYS: Record<Cadence, number> = { weekly: 0, biweekly: 13, monthly: 27 };

/** Whether a member who asked for fewer intros takes part in a round starting `now`. */
export function dueForCadence(cadence: Cadence, lastIntroAt: Date | null, now: Date): boolean {
  if (lastIntroAt === null) return true;
  return now.getTime() - lastIntroAt.getTime() >= MIN_GAP_DAYS[cadence] * DAY_MS;
}
