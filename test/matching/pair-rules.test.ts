import { describe, expect, it } from 'vitest';
import { buildMatchContext } from '../../src/matching/match-context.ts';
import { member } from './roster.ts';

describe('pair rules', () => {
  const members = [member('a', [], { blocked: ['b'] }), member('b'), member('c'), member('d')];
  const history = [
    { round: 'r1', members: ['a', 'c', 'd'] },
    { round: 'r1', members: ['b', 'x'] },
    { round: 'r2', members: ['b', 'c'] },
    { round: 'r3', members: ['b', 'd'] },
  ];
  const { ctx } = buildMatchContext(members, { history, cooldown: 2, neverAgain: [['d', 'c']] });
  const [a, b, c, d] = [0, 1, 2, 3];

  it('treats a block as mutual', () => {
    expect(ctx.rules.exclusion(a, b)).toBe('blocked');
    expect(ctx.rules.exclusion(b, a)).toBe('blocked');
  });

  it('counts rounds by distinct round value, newest = 1 round ago, trios as three pairs', () => {
    expect(ctx.rules.roundsAgo(a, c)).toBe(3);
    expect(ctx.rules.roundsAgo(c, d)).toBe(3);
    expect(ctx.rules.roundsAgo(b, c)).toBe(2);
    expect(ctx.rules.roundsAgo(d, b)).toBe(1);
    expect(ctx.rules.roundsAgo(a, d)).toBe(3);
    expect(ctx.rules.roundsAgo(b, b === 1 ? 0 : 1)).toBe(Infinity);
  });

  it('excludes pairs met within the cooldown and never-again pairs', () => {
    expect(ctx.rules.exclusion(b, c)).toBe('cooldown');
    expect(ctx.rules.exclusion(b, d)).toBe('cooldown');
    expect(ctx.rules.exclusion(a, c)).toBeNull();
    expect(ctx.rules.exclusion(c, d)).toBe('never_again');
  });
});
