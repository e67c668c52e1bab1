import type { MatchOptions } from '../../matching/match-context.ts';
import { mulberry32, randomInt } from '../../matching/random.ts';
import type { Group, MatchMember, MatchResult } from '../../matching/types.ts';

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function sharedOf(group: MatchMember[]): Group['shared'] {
  const twice = (lists: string[][]) => {
    const counts = new Map<string, number>();
    for (const list of lists) for (const x of new Set(list)) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
  };
  return { hobbies: twice(group.map((m) => m.hobbies)), volunteer: twice(group.map((m) => m.volunteer)) };
}

/**
 * The simulation's baseline: random pairs under the same rules as the real matcher (no
 * repeat within the cooldown, blocks and never-again pairs honoured), a trio for an odd
 * count. It ignores interests and everything learned.
 */
export function randomMatcher(members: MatchMember[], options: MatchOptions): MatchResult {
  const rng = mulberry32(options.seed ?? 0);
  const rounds = [...new Set((options.history ?? []).map((h) => h.round))];
  const recent = new Set(rounds.slice(Math.max(0, rounds.length - (options.cooldown ?? 6))));
  const banned = new Set<string>();
  for (const intro of options.history ?? []) {
    if (!recent.has(intro.round)) continue;
    for (const a of intro.members) for (const b of intro.members) if (a !== b) banned.add(key(a, b));
  }
  for (const m of members) for (const b of m.blocked ?? []) banned.add(key(m.id, b));
  for (const [a, b] of options.neverAgain ?? []) banned.add(key(a, b));
  const order = [...members];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const groups: MatchMember[][] = [];
  const left: MatchMember[] = [];
  const free = new Set(order);
  for (const m of order) {
    if (!free.has(m)) continue;
    free.delete(m);
    const partner = [...free].find((p) => !banned.has(key(m.id, p.id)));
    if (partner) {
      free.delete(partner);
      groups.push([m, partner]);
    } else left.push(m);
  }
  const unmatched: MatchResult['unmatched'] = [];
  for (const m of left) {
    const pair = groups.find((g) => g.length === 2 && g.every((p) => !banned.has(key(m.id, p.id))));
    if (pair) pair.push(m);
    else unmatched.push({ id: m.id, code: 'match.no_group_fits', reason: 'No pair could take this member.' });
  }
  return {
    groups: groups.map((g) => ({
      members: g.map((m) => m.id),
      score: 0,
      shared: sharedOf(g),
      icebreaker: 'Say hello and find out what you have in common.',
      why: 'Paired at random (simulation baseline).',
    })),
    unmatched,
  };
}
