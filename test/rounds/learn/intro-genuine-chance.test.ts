import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/matching/random.ts';
import type { MatchMember } from '../../../src/matching/types.ts';
import type { AnsweredIntro } from '../../../src/rounds/learn/answer-signals.ts';
import { introGenuineChance } from '../../../src/rounds/learn/intro-genuine-chance.ts';
import { learnPairModel, learningIndex } from '../../../src/rounds/learn/learn-pair-model.ts';

const rng = mulberry32(3);
const HOBBIES = ['chess', 'hiking', 'baking', 'jazz', 'yoga', 'poetry'];
const members: MatchMember[] = Array.from({ length: 120 }, (_, i) => ({
  id: `m${i}`,
  hobbies: HOBBIES.filter(() => rng() < 0.4),
  volunteer: [],
}));
const byId = new Map(members.map((m) => [m.id, m]));
const sharesChess = (ids: readonly string[]) => ids.every((id) => byId.get(id)!.hobbies.includes('chess'));

/** Random pairs over eight rounds: sharing chess is genuine four times in five, anything else once in five. */
const intros: AnsweredIntro[] = [];
for (let r = 0; r < 8; r++) {
  const order = [...members].sort(() => rng() - 0.5);
  for (let i = 0; i + 1 < order.length; i += 2) {
    const pair = [order[i]!.id, order[i + 1]!.id];
    const say = () => (rng() < (sharesChess(pair) ? 0.8 : 0.2) ? 'genuine' : 'transactional');
    intros.push({ round: `r${r}`, members: pair, feedback: { [pair[0]!]: say(), [pair[1]!]: say() } });
  }
}
const model = learnPairModel({ members, intros })!;
const index = learningIndex(members);

describe('the chance the model gives an answered intro of counting as genuine', () => {
  it('is higher for intros sharing what bonds people', () => {
    const mean = (list: AnsweredIntro[]) =>
      list.reduce((s, intro) => s + introGenuineChance(model, index, intro)!, 0) / list.length;
    const chess = intros.filter((intro) => sharesChess(intro.members));
    const other = intros.filter((intro) => !sharesChess(intro.members));
    expect(mean(chess)).toBeGreaterThan(mean(other) + 0.3);
  });

  it('adds up to about the genuine intros members reported', () => {
    const expected = intros.reduce((s, intro) => s + introGenuineChance(model, index, intro)!, 0);
    const genuine = intros.filter((intro) => Object.values(intro.feedback ?? {}).includes('genuine')).length;
    expect(Math.abs(expected - genuine) / intros.length).toBeLessThan(0.05);
  });

  it('grows with each member who met, is zero when nobody met and null when nobody answered', () => {
    const [a, b] = ['m1', 'm2'];
    const both = introGenuineChance(model, index, {
      round: 'x',
      members: [a, b],
      feedback: { [a]: 'transactional', [b]: 'genuine' },
    })!;
    const one = introGenuineChance(model, index, {
      round: 'x',
      members: [a, b],
      feedback: { [a]: 'transactional', [b]: 'no_show' },
    })!;
    expect(one).toBeGreaterThan(0);
    expect(both).toBeGreaterThan(one);
    expect(
      introGenuineChance(model, index, { round: 'x', members: [a, b], feedback: { [a]: 'no_show' } }),
    ).toBe(0);
    expect(introGenuineChance(model, index, { round: 'x', members: [a, b], feedback: {} })).toBeNull();
    expect(
      introGenuineChance(model, index, {
        round: 'x',
        members: ['gone1', 'gone2'],
        feedback: { gone1: 'genuine' },
      }),
    ).toBeNull();
  });
});
