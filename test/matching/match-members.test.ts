import { describe, expect, it } from 'vitest';
import { matchMembers } from '../../src/matching/match-members.ts';
import { idfScorer } from '../../src/matching/idf-scorer.ts';
import type { PairScorer } from '../../src/matching/pair-scorer.ts';
import { DEFAULT_SCORING } from '../../src/matching/scoring-weights.ts';
import type { PastIntro } from '../../src/matching/types.ts';
import { groupsOf, groupWith, member, partnersOf } from './roster.ts';

// Six holders of "reading" make it common; "bouldering" is held by two.
const rareVersusCommon = [
  member('a', ['bouldering', 'reading']),
  member('b', ['bouldering']),
  member('c', ['reading']),
  member('d', ['reading']),
  member('e', ['reading']),
  member('f', ['reading']),
];

describe('matchMembers', () => {
  it('pairs members who share a rare hobby before members who share a common one', () => {
    const result = matchMembers(rareVersusCommon, { seed: 1 });
    expect(partnersOf(result, 'a')).toEqual(['b']);
  });

  it('matches interests however they were typed', () => {
    const result = matchMembers([
      member('a', ['Hiking']),
      member('b', ['hikes']),
      member('c', ['Chess']),
      member('d', ['chess!']),
    ]);
    expect(groupsOf(result)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(groupWith(result, 'a')?.keys).toEqual({ hobbies: ['hiking'], volunteer: [] });
    // Shown as one of them wrote it, never as the key.
    expect(['hiking', 'hikes']).toContain(groupWith(result, 'a')?.shared.hobbies[0]);
  });

  it('never introduces members who blocked each other, in either direction', () => {
    const roster = [
      member('a', ['bouldering'], { blocked: ['b'] }),
      member('b', ['bouldering']),
      member('c', ['chess']),
      member('d', ['chess'], { blocked: ['e'] }),
      member('e', ['chess']),
      member('f', ['knitting']),
    ];
    const result = matchMembers(roster);
    expect(partnersOf(result, 'a')).not.toContain('b');
    expect(partnersOf(result, 'd')).not.toContain('e');
    expect(result.unmatched).toEqual([]);
  });

  it('does not introduce two people again within the cooldown', () => {
    const roster = [
      member('a', ['bouldering']),
      member('b', ['bouldering']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const history: PastIntro[] = [
      { round: 'r1', members: ['a', 'b'] },
      { round: 'r2', members: ['c', 'd'] },
    ];
    const result = matchMembers(roster, { history });
    expect(partnersOf(result, 'a')).not.toContain('b');
    expect(partnersOf(result, 'c')).not.toContain('d');
  });

  it('counts one round per distinct round value and allows a meeting older than the cooldown', () => {
    const roster = [
      member('a', ['bouldering']),
      member('b', ['bouldering']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const history: PastIntro[] = [{ round: 'r0', members: ['a', 'b'] }];
    // Many intros in each later round: still one round each.
    for (let r = 1; r <= 6; r++) {
      history.push({ round: `r${r}`, members: ['x', 'y'] }, { round: `r${r}`, members: ['p', 'q'] });
    }
    expect(partnersOf(matchMembers(roster, { history, cooldown: 6 }), 'a')).toEqual(['b']);
    expect(partnersOf(matchMembers(roster, { history, cooldown: 7 }), 'a')).not.toContain('b');
  });

  it('lets a cooldown of 0 introduce last round’s pairs again', () => {
    const roster = [member('a', ['bouldering']), member('b', ['bouldering'])];
    const history: PastIntro[] = [{ round: 'r1', members: ['a', 'b'] }];
    expect(groupsOf(matchMembers(roster, { history, cooldown: 0 }))).toEqual([['a', 'b']]);
    expect(groupsOf(matchMembers(roster, { history }))).toEqual([]);
  });

  it('prefers people who have not met over those who met just after the cooldown', () => {
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const history: PastIntro[] = [{ round: 'r1', members: ['a', 'b'] }];
    for (let r = 2; r <= 3; r++) history.push({ round: `r${r}`, members: ['x', 'y'] });
    const result = matchMembers(roster, { history, cooldown: 2 });
    expect(partnersOf(result, 'a')).not.toContain('b');
  });

  it('honours never-again pairs', () => {
    const roster = [
      member('a', ['bouldering']),
      member('b', ['bouldering']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const result = matchMembers(roster, { neverAgain: [['b', 'a']] });
    expect(partnersOf(result, 'a')).not.toContain('b');
  });

  it('does not pair people with nothing in common when everyone has common ground with someone', () => {
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['yoga']),
      member('d', ['yoga']),
    ];
    for (const group of matchMembers(roster).groups) expect(group.shared.hobbies.length).toBeGreaterThan(0);
  });

  it('pairs members with nothing in common rather than leave them out', () => {
    const roster = [member('a', ['chess']), member('b', ['chess']), member('c', ['yoga']), member('d', [])];
    const result = matchMembers(roster);
    expect(groupsOf(result)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(groupWith(result, 'c')?.shared).toEqual({ hobbies: [], volunteer: [] });
    expect(groupWith(result, 'c')?.why).toMatch(/Nothing on your profiles overlaps yet/);
  });

  it('puts the odd member into the group where they add the most', () => {
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['knitting']),
      member('d', ['knitting']),
      member('e', ['knitting', 'chess', 'pottery']),
      member('f', ['pottery']),
      member('g', ['pottery', 'knitting']),
    ];
    const result = matchMembers(roster);
    const trios = result.groups.filter((g) => g.members.length === 3);
    expect(trios).toHaveLength(1);
    expect(result.unmatched).toEqual([]);
    expect(result.groups.flatMap((g) => g.members).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('keeps the odd member out of groups holding someone they blocked', () => {
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['knitting']),
      member('d', ['knitting']),
      member('e', ['knitting'], { blocked: ['c', 'd'] }),
    ];
    const result = matchMembers(roster);
    expect(groupWith(result, 'e')?.members.sort()).toEqual(['a', 'b', 'e']);
  });

  it('forms a second trio only when a member has no possible partner left', () => {
    // e and f may meet only a or b (blocks), so no pairing places both; each needs a trio.
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['chess']),
      member('d', ['chess']),
      member('e', ['chess'], { blocked: ['c', 'd', 'f'] }),
      member('f', ['chess'], { blocked: ['a', 'b'] }),
    ];
    const result = matchMembers(roster);
    expect(result.unmatched).toEqual([]);
    expect(result.groups.flatMap((g) => g.members).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('reports who cannot be matched with a reason and a stable code', () => {
    expect(matchMembers([member('solo', ['chess'])]).unmatched).toEqual([
      { id: 'solo', code: 'match.alone', reason: expect.any(String) },
    ]);

    const blocked = matchMembers([
      member('a', ['chess'], { blocked: ['b', 'c'] }),
      member('b', ['chess']),
      member('c', ['chess']),
    ]);
    expect(blocked.unmatched).toEqual([
      { id: 'a', code: 'match.blocked_everyone', reason: expect.any(String) },
    ]);

    const met = matchMembers([member('a', ['chess']), member('b', ['chess'])], {
      history: [{ round: 'r1', members: ['a', 'b'] }],
    });
    expect(met.unmatched.map((u) => u.code)).toEqual([
      'match.no_eligible_partner',
      'match.no_eligible_partner',
    ]);
    expect(met.unmatched[0]?.reason).toMatch(/6 rounds/);
  });

  it('reports match.no_group_fits when the odd member may not join any group', () => {
    // a can meet b or e, but b and e may not meet: whoever is left over cannot join.
    const roster = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('e', ['chess'], { blocked: ['b'] }),
    ];
    const result = matchMembers(roster);
    expect(result.groups).toHaveLength(1);
    expect(result.unmatched).toHaveLength(1);
    expect(['b', 'e']).toContain(result.unmatched[0]?.id);
    expect(result.unmatched[0]?.code).toBe('match.no_group_fits');
  });

  it('leaves over a member who can join a trio rather than one who cannot', () => {
    // The best pairs are a+b (a rare hobby) and c+d, but then e, who may only meet a, has
    // no group to join; matching e with a instead lets b join c and d.
    const roster = [
      member('a', ['bouldering', 'chess']),
      member('b', ['bouldering']),
      member('c', ['chess']),
      member('d', ['chess']),
      member('e', ['chess'], { blocked: ['b', 'c', 'd'] }),
    ];
    const result = matchMembers(roster);
    expect(result.unmatched).toEqual([]);
    expect(groupsOf(result).sort()).toEqual([
      ['a', 'e'],
      ['b', 'c', 'd'],
    ]);
  });

  it('leaves out someone who did not sit out last time, rather than someone who did', () => {
    // b can meet a or c, but a and c may not meet: one of a and c sits out.
    const roster = (priority: 'a' | 'c') => [
      member('a', ['chess'], { blocked: ['c'], priority: priority === 'a' ? 1 : 0 }),
      member('b', ['chess']),
      member('c', ['chess'], { priority: priority === 'c' ? 1 : 0 }),
    ];
    expect(matchMembers(roster('a')).unmatched.map((u) => u.id)).toEqual(['c']);
    expect(matchMembers(roster('c')).unmatched.map((u) => u.id)).toEqual(['a']);
  });

  it('favours meeting people from other industries', () => {
    const roster = [
      member('a', ['chess'], { industry: 'finance' }),
      member('b', ['chess'], { industry: 'finance' }),
      member('c', ['chess'], { industry: 'health' }),
      member('d', ['chess'], { industry: 'health' }),
    ];
    const result = matchMembers(roster);
    for (const group of result.groups) {
      const industries = group.members.map((id) => roster.find((m) => m.id === id)?.industry);
      expect(new Set(industries).size).toBe(2);
      // Fields shape who meets whom, but an intro never talks about work.
      expect(group.why).not.toMatch(/field|work|industry/);
      expect(`${group.why} ${group.icebreaker}`).not.toMatch(/finance|health/i);
    }
  });

  it('favours members whose time zones are close', () => {
    const roster = [
      member('a', ['chess'], { timezone: 'Europe/London' }),
      member('b', ['chess'], { timezone: 'Asia/Tokyo' }),
      member('c', ['chess'], { timezone: 'Europe/Lisbon' }),
      member('d', ['chess'], { timezone: 'Asia/Seoul' }),
    ];
    expect(groupsOf(matchMembers(roster, { now: new Date('2026-07-01T12:00:00Z') }))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  // Rarity alone, with each named interest's value multiplied by a factor.
  const scaled = (factor: (name: string) => number): PairScorer => {
    const idf = idfScorer(DEFAULT_SCORING);
    return { ...idf, interestValue: (kind, name, x) => idf.interestValue(kind, name, x) * factor(name) };
  };

  it('values shared interests as the scorer it is given says', () => {
    const roster = [
      member('a', ['chess', 'knitting']),
      member('b', ['chess']),
      member('c', ['knitting']),
      member('d', []),
    ];
    const favour = (interest: string) => scaled((name) => (name === interest ? 3 : 1));
    expect(partnersOf(matchMembers(roster, { scorer: favour('chess') }), 'a')).toEqual(['b']);
    expect(partnersOf(matchMembers(roster, { scorer: favour('knitting') }), 'a')).toEqual(['c']);
  });

  it('with the concave option prefers two decent pairs over one great pair and one poor pair', () => {
    const roster = [
      member('a', ['p', 'r']),
      member('b', ['p', 's']),
      member('c', ['q', 'r']),
      member('d', ['q', 's']),
    ];
    const scorer = scaled((name) => ({ p: 10, q: 0.1, r: 5, s: 5 })[name] ?? 1);
    expect(partnersOf(matchMembers(roster, { scorer }), 'a')).toEqual(['b']);
    expect(partnersOf(matchMembers(roster, { scorer, concave: true }), 'a')).toEqual(['c']);
  });

  it('gives the same groups and icebreakers for the same seed', () => {
    const roster = Array.from({ length: 30 }, (_, i) =>
      member(`m${i}`, [`hobby ${i % 5}`, `hobby ${i % 7}`], { volunteer: [`cause ${i % 3}`] }),
    );
    expect(matchMembers(roster, { seed: 7 })).toEqual(matchMembers(roster, { seed: 7 }));
  });

  it('ignores history about people who are no longer in the roster', () => {
    const roster = [member('a', ['chess']), member('b', ['chess'])];
    const result = matchMembers(roster, { history: [{ round: 'r1', members: ['a', 'gone'] }] });
    expect(groupsOf(result)).toEqual([['a', 'b']]);
  });

  it('handles an empty roster', () => {
    expect(matchMembers([])).toEqual({ groups: [], unmatched: [] });
  });

  it('throws on duplicate ids, which input validation should have caught', () => {
    expect(() => matchMembers([member('a'), member('a')])).toThrow(/duplicate member id "a"/);
  });
});
