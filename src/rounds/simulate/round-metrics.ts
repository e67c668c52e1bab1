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
  /** Pairs introduced again within the cooldown: the rule says never, so this is a bug if not 0. */
  repeatsInCooldown: number;
  /** Pairs introduced again after their cooldown ran out (allowed, but a fresh face is better). */
  repeatsAfterCooldown: number;
  /** Share of intros that really became a genuine connection (the hidden truth). */
  genuineRate: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Tallies one round from what really happened, remembering in which round each pair last met. */
export function roundMetrics(
  input: {
    round: number;
    communitySize: number;
    satOut: number;
    step: StepOutcome | undefined;
    cooldown: number;
  },
  seenPairs: Map<string, number>,
): RoundMetrics {
  const intros = input.step?.intros ?? [];
  let repeatsInCooldown = 0;
  let repeatsAfterCooldown = 0;
  const pairs: string[] = [];
  for (const intro of intros) {
    for (let i = 0; i < intro.userIds.length; i++)
      for (let j = i + 1; j < intro.userIds.length; j++)
        pairs.push(pairKey(intro.userIds[i]!, intro.userIds[j]!));
  }
  for (const pair of pairs) {
    const last = seenPairs.get(pair);
    if (last !== undefined && input.round - last <= input.cooldown) repeatsInCooldown++;
    else if (last !== undefined) repeatsAfterCooldown++;
  }
  for (const pair of pairs) seenPairs.set(pair, input.round);
  const members = intros.reduce((n, i) => n + i.userIds.length, 0);
  return {
    round: input.round,
    intros: intros.length,
    trios: intros.filter((i) => i.userIds.length === 3).length,
    satOut: input.satOut,
    coverage: members / input.communitySize,
    repeatsInCooldown,
    repeatsAfterCooldown,
    genuineRate: intros.length === 0 ? 0 : intros.filter((i) => i.genuine).length / intros.length,
  };
}
