import type { StepOutcome } from './simulated-members.ts';

/** One round of one strategy, as the report shows it. */
export interface RoundMetrics {
  round: number;
  intros: number;
  trios: number;
  /** Members the round left without an intro (each told why). */
  satOut: number;
  /** Share of the community that got an intro. */
  coverage: number;
  /** Pairs introduced who had been introduced before. */
  repeats: number;
  /** Share of intros that really became a genuine connection (the hidden truth). */
  genuineRate: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Tallies one round from what really happened, remembering pairs for later repeats. */
export function roundMetrics(
  input: { round: number; communitySize: number; satOut: number; step: StepOutcome | undefined },
  seenPairs: Set<string>,
): RoundMetrics {
  const intros = input.step?.intros ?? [];
  let repeats = 0;
  const pairs: string[] = [];
  for (const intro of intros) {
    for (let i = 0; i < intro.userIds.length; i++)
      for (let j = i + 1; j < intro.userIds.length; j++)
        pairs.push(pairKey(intro.userIds[i]!, intro.userIds[j]!));
  }
  for (const pair of pairs) if (seenPairs.has(pair)) repeats++;
  for (const pair of pairs) seenPairs.add(pair);
  const members = intros.reduce((n, i) => n + i.userIds.length, 0);
  return {
    round: input.round,
    intros: intros.length,
    trios: intros.filter((i) => i.userIds.length === 3).length,
    satOut: input.satOut,
    coverage: members / input.communitySize,
    repeats,
    genuineRate: intros.length === 0 ? 0 : intros.filter((i) => i.genuine).length / intros.length,
  };
}
