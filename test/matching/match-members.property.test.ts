import { describe, expect, it } from 'vitest';
import { matchMembers } from '../../src/matching/match-members.ts';
import { mulberry32, randomInt, type Rng } from '../../src/matching/random.ts';
import type { MatchMember, MatchResult, PastIntro } from '../../src/matching/types.ts';

const INTERESTS = [
  'chess',
  'hiking',
  'knitting',
  'bouldering',
  'jazz',
  'baking',
  'go',
  'poetry',
  'yoga',
  'darts',
];
const CAUSES = ['food bank', 'tutoring', 'animal shelter', 'beach cleanup'];
const CODES = ['match.alone', 'match.blocked_everyone', 'match.no_eligible_partner', 'match.no_group_fits'];

function pick<T>(rng: Rng, items: readonly T[], max: number): T[] {
  return [
    ...new Set(Array.from({ length: randomInt(rng, max + 1) }, () => items[randomInt(rng, items.length)]!)),
  ];
}

interface Roster {
  members: MatchMember[];
  history: PastIntro[];
}

function randomRoster(seed: number, constrained: boolean): Roster {
  const rng = mulberry32(seed);
  const size = randomInt(rng, 41);
  const ids = Array.from({ length: size }, (_, i) => `m${i}`);
  const members = ids.map((id) => ({
    id,
    hobbies: pick(rng, INTERESTS, 4),
    volunteer: pick(rng, CAUSES, 2),
    industry: rng() < 0.5 ? `industry ${randomInt(rng, 4)}` : null,
    timezone: rng() < 0.5 ? ['Europe/London', 'Asia/Tokyo', 'America/New_York'][randomInt(rng, 3)]! : null,
    blocked: constrained && size > 0 ? pick(rng, ids, 2) : [],
  }));
  const history: PastIntro[] = [];
  if (constrained) {
    for (let r = 0; r < randomInt(rng, 8); r++) {
      for (let k = 0; k < size / 3; k++) {
        history.push({ round: `r${r}`, members: [ids[randomInt(rng, size)]!, ids[randomInt(rng, size)]!] });
      }
    }
  }
  return { members, history };
}

function lastMet(history: PastIntro[]): (a: string, b: string) => number {
  const rounds = [...new Set(history.map((h) => h.round))];
  const ago = new Map<string, number>();
  for (const h of history) {
    const r = rounds.length - rounds.indexOf(h.round);
    for (const a of h.members)
      for (const b of h.members) if (a !== b) ago.set(`${a} ${b}`, Math.min(r, ago.get(`${a} ${b}`) ?? r));
  }
  return (a, b) => ago.get(`${a} ${b}`) ?? Infinity;
}

function checkInvariants({ members, history }: Roster, result: MatchResult, cooldown: number): void {
  const placed = [...result.groups.flatMap((g) => g.members), ...result.unmatched.map((u) => u.id)];
  // Nobody silently dropped, nobody twice.
  expect([...placed].sort()).toEqual(members.map((m) => m.id).sort());
  const byId = new Map(members.map((m) => [m.id, m]));
  const met = lastMet(history);
  for (const group of result.groups) {
    expect(group.members.length).toBeGreaterThanOrEqual(2);
    expect(group.members.length).toBeLessThanOrEqual(3);
    for (const a of group.members) {
      for (const b of group.members) {
        if (a === b) continue;
        expect(byId.get(a)?.blocked ?? []).not.toContain(b);
        expect(met(a, b)).toBeGreaterThan(cooldown);
      }
    }
    expect(group.why).not.toBe('');
    expect(group.icebreaker).not.toBe('');
  }
  for (const u of result.unmatched) expect(CODES).toContain(u.code);
}

describe('matchMembers on random rosters', () => {
  it('places everyone in one group of 2 with at most one trio when everyone may meet everyone', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const roster = randomRoster(seed, false);
      const result = matchMembers(roster.members, { seed });
      checkInvariants(roster, result, 6);
      expect(result.groups.filter((g) => g.members.length === 3).length).toBe(
        roster.members.length % 2 === 1 && roster.members.length > 1 ? 1 : 0,
      );
      expect(result.unmatched.length).toBe(roster.members.length === 1 ? 1 : 0);
    }
  });

  it('respects blocks and the cooldown and accounts for every member', () => {
    for (let seed = 100; seed < 180; seed++) {
      const roster = randomRoster(seed, true);
      const cooldown = seed % 4;
      checkInvariants(
        roster,
        matchMembers(roster.members, { history: roster.history, seed, cooldown }),
        cooldown,
      );
    }
  });

  it('is deterministic for a seed', () => {
    for (let seed = 200; seed < 210; seed++) {
      const roster = randomRoster(seed, true);
      const run = () => matchMembers(roster.members, { history: roster.history, seed });
      expect(run()).toEqual(run());
    }
  });
});
