import type { CommunityIndex } from './community-index.ts';
import type { IdPair, MatchMember, PastIntro } from './types.ts';

/** Why two members may not be introduced this round. */
export type Exclusion = 'blocked' | 'never_again' | 'cooldown';

/** The hard rules and meeting history between members, by member index. */
export interface PairRules {
  cooldown: number;
  /** Null when the pair may meet. */
  exclusion(u: number, v: number): Exclusion | null;
  /** Rounds since the two last met (1 = the latest round); Infinity if never. */
  roundsAgo(u: number, v: number): number;
}

export interface PairRulesInput {
  members: ReadonlyArray<MatchMember>;
  history: ReadonlyArray<PastIntro>;
  neverAgain: ReadonlyArray<IdPair>;
  cooldown: number;
}

type Sparse<T> = Array<Map<number, T> | undefined>;

function put<T>(table: Sparse<T>, u: number, v: number, value: T, keep: (old: T, value: T) => T): void {
  for (const [a, b] of [
    [u, v],
    [v, u],
  ] as const) {
    const row = (table[a] ??= new Map());
    const old = row.get(b);
    row.set(b, old === undefined ? value : keep(old, value));
  }
}

/**
 * Indexes blocks (either direction), never-again pairs and who met whom how many rounds
 * ago. Rounds are ordered by first appearance in `history`, which is oldest first. Ids not
 * in the roster are ignored: people leave, and their history should not stop a round.
 */
export function buildPairRules(index: CommunityIndex, input: PairRulesInput): PairRules {
  const hard: Sparse<Exclusion> = [];
  const met: Sparse<number> = [];
  // A block outranks never-again in what we report: it is the member's own choice.
  const strongest = (a: Exclusion, b: Exclusion): Exclusion =>
    a === 'blocked' || b === 'blocked' ? 'blocked' : a;

  input.members.forEach((member, u) => {
    for (const id of member.blocked ?? []) {
      const v = index.indexOf.get(id);
      if (v !== undefined && v !== u) put(hard, u, v, 'blocked', strongest);
    }
  });
  for (const [a, b] of input.neverAgain) {
    const u = index.indexOf.get(a);
    const v = index.indexOf.get(b);
    if (u !== undefined && v !== undefined && u !== v) put(hard, u, v, 'never_again', strongest);
  }

  const roundOrder = new Map<string, number>();
  for (const intro of input.history)
    if (!roundOrder.has(intro.round)) roundOrder.set(intro.round, roundOrder.size);
  const rounds = roundOrder.size;
  for (const intro of input.history) {
    const ago = rounds - roundOrder.get(intro.round)!;
    const present = intro.members.map((id) => index.indexOf.get(id)).filter((i) => i !== undefined);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        if (present[i] !== present[j]) put(met, present[i]!, present[j]!, ago, Math.min);
      }
    }
  }

  const cooldown = input.cooldown;
  return {
    cooldown,
    exclusion(u, v) {
      const rule = hard[u]?.get(v);
      if (rule !== undefined) return rule;
      const ago = met[u]?.get(v);
      return ago !== undefined && ago <= cooldown ? 'cooldown' : null;
    },
    roundsAgo: (u, v) => met[u]?.get(v) ?? Infinity,
  };
}
