import { describe, expect, it } from 'vitest';
import { buildMatchContext, type MatchOptions } from '../../src/matching/match-context.ts';
import { matchWeight, scorePair } from '../../src/matching/score-pair.ts';
import type { PairScorer } from '../../src/matching/pair-scorer.ts';
import type { MatchMember } from '../../src/matching/types.ts';
import { member } from './roster.ts';

function scorer(members: MatchMember[], options: MatchOptions = {}) {
  const { ctx } = buildMatchContext(members, options);
  const at = (id: string) => ctx.index.indexOf.get(id)!;
  return {
    score: (a: string, b: string) => scorePair(ctx, at(a), at(b)),
    weight: (a: string, b: string) => matchWeight(ctx, at(a), at(b), scorePair(ctx, at(a), at(b))),
  };
}

const filler = (n: number, hobbies: string[]) =>
  Array.from({ length: n }, (_, i) => member(`f${i}`, hobbies));

describe('scorePair', () => {
  it('values a shared rare interest more than a shared common one', () => {
    const s = scorer([
      member('a', ['bouldering']),
      member('b', ['bouldering']),
      member('c', ['reading']),
      member('d', ['reading']),
      ...filler(8, ['reading']),
    ]);
    expect(s.score('a', 'b')).toBeGreaterThan(s.score('c', 'd'));
  });

  it('adds up every shared interest and weighs a shared cause a little more than a hobby of the same rarity', () => {
    const s = scorer([
      member('a', ['chess', 'go']),
      member('b', ['chess', 'go']),
      member('c', ['chess']),
      member('d', ['chess']),
      member('e', [], { volunteer: ['food bank'] }),
      member('f', [], { volunteer: ['food bank'] }),
      member('g', ['go']),
    ]);
    expect(s.score('a', 'b')).toBeGreaterThan(s.score('a', 'c'));
    expect(s.score('e', 'f')).toBeGreaterThan(s.score('c', 'g') + 1e-9);
  });

  it('gives pairs with nothing in common only a small fallback score', () => {
    const s = scorer([member('a', ['chess']), member('b', ['chess']), member('c', ['knitting'])]);
    expect(s.score('a', 'c')).toBeGreaterThan(0);
    expect(s.score('a', 'c')).toBeLessThan(s.score('a', 'b') / 5);
  });

  it('gives a bonus to people from different industries and none when an industry is unknown', () => {
    const s = scorer([
      member('a', ['chess'], { industry: 'finance' }),
      member('b', ['chess'], { industry: 'finance' }),
      member('c', ['chess'], { industry: 'health' }),
      member('d', ['chess']),
    ]);
    expect(s.score('a', 'c')).toBeGreaterThan(s.score('a', 'b'));
    expect(s.score('a', 'd')).toBeCloseTo(s.score('a', 'b'));
  });

  it('lowers the score as time zones drift apart, measured at the reference date', () => {
    const members = [
      member('london', ['chess'], { timezone: 'Europe/London' }),
      member('berlin', ['chess'], { timezone: 'Europe/Berlin' }),
      member('newyork', ['chess'], { timezone: 'America/New_York' }),
      member('tokyo', ['chess'], { timezone: 'Asia/Tokyo' }),
      member('nowhere', ['chess'], { timezone: 'Mars/Olympus' }),
    ];
    const s = scorer(members, { now: new Date('2026-01-15T12:00:00Z') });
    expect(s.score('london', 'berlin')).toBeCloseTo(s.score('london', 'nowhere'));
    expect(s.score('london', 'newyork')).toBeLessThan(s.score('london', 'berlin'));
    expect(s.score('newyork', 'tokyo')).toBeLessThan(s.score('london', 'newyork'));
  });

  it('penalises meeting again right after the cooldown, less and less as that meeting recedes', () => {
    const members = [member('a', ['chess']), member('b', ['chess']), member('c', ['chess'])];
    const rounds = (metAgo: number) => {
      const history = [{ round: 'r0', members: ['a', 'b'] }];
      for (let r = 1; r < metAgo; r++) history.push({ round: `r${r}`, members: ['x', 'y'] });
      return scorer(members, { history, cooldown: 2 });
    };
    const fresh = rounds(3).score('a', 'c');
    const justAfter = rounds(3).score('a', 'b');
    const later = rounds(8).score('a', 'b');
    expect(justAfter).toBeLessThan(later);
    expect(later).toBeLessThan(fresh);
    expect(rounds(40).score('a', 'b')).toBeCloseTo(fresh, 3);
  });

  it('scores a pair with the scorer it is given, times the soft repeat penalty', () => {
    const members = [member('a', ['chess', 'go']), member('b', ['chess', 'go']), member('c', ['chess'])];
    const given: PairScorer = {
      interestValue: (kind, name, idf) => (name === 'chess' ? 2 : idf),
      pairScore: (ground, facts) => ground + (facts.differentIndustry ? 100 : 0),
      bound: (ground) => ground + 100,
    };
    const idfGo = Math.log(4 / 2);
    expect(scorer(members, { scorer: given }).score('a', 'b')).toBeCloseTo(2 + idfGo);
    expect(scorer(members, { scorer: given }).score('a', 'c')).toBeCloseTo(2);
    const history = [
      { round: 'r1', members: ['a', 'b'] },
      { round: 'r2', members: ['a', 'c'] },
    ];
    const again = scorer(members, { scorer: given, history, cooldown: 0 }).score('a', 'b');
    expect(again).toBeLessThan(2 + idfGo);
    expect(again).toBeGreaterThan(0);
  });

  it('turns scores into positive integer matcher weights with a bonus for who sat out last time', () => {
    const s = scorer([
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['chess'], { priority: 1 }),
    ]);
    expect(Number.isInteger(s.weight('a', 'b'))).toBe(true);
    expect(s.weight('a', 'c')).toBeGreaterThan(s.weight('a', 'b'));
    expect(s.score('a', 'c')).toBeCloseTo(s.score('a', 'b'));
  });
});
