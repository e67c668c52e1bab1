import { describe, expect, it } from 'vitest';
import { answerSignals, SIGNAL_WEIGHT } from '../../../src/rounds/learn/answer-signals.ts';

describe('answerSignals', () => {
  it('teaches genuineness from genuine and transactional, and leaves no-shows and silence out', () => {
    const signals = answerSignals([
      { round: 'r1', members: ['a', 'b'], feedback: { a: 'genuine', b: 'transactional' } },
      { round: 'r1', members: ['c', 'd'], feedback: { c: 'no_show' } },
      { round: 'r1', members: ['e', 'f'] },
    ]);
    expect(signals).toEqual([
      { rater: 'a', partner: 'b', trio: false, genuine: true, weight: 1, round: 'r1' },
      { rater: 'b', partner: 'a', trio: false, genuine: false, weight: 1, round: 'r1' },
    ]);
  });

  it('counts still being in touch at the check-in as the strongest signal', () => {
    const [touch, apart] = answerSignals([
      { round: 'r1', members: ['a', 'b'], checkin: { a: 'in_touch', b: 'not_in_touch' } },
    ]);
    expect(touch).toMatchObject({ rater: 'a', genuine: true, weight: SIGNAL_WEIGHT.in_touch });
    expect(apart).toMatchObject({ rater: 'b', genuine: false, weight: SIGNAL_WEIGHT.not_in_touch });
    expect(SIGNAL_WEIGHT.in_touch).toBeGreaterThan(
      Math.max(SIGNAL_WEIGHT.genuine, SIGNAL_WEIGHT.transactional, SIGNAL_WEIGHT.not_in_touch),
    );
  });

  it("spreads a trio member's answer over each pair of the trio that includes them", () => {
    const signals = answerSignals([{ round: 'r1', members: ['a', 'b', 'c'], feedback: { b: 'genuine' } }]);
    expect(signals).toEqual([
      { rater: 'b', partner: 'a', trio: true, genuine: true, weight: 0.5, round: 'r1' },
      { rater: 'b', partner: 'c', trio: true, genuine: true, weight: 0.5, round: 'r1' },
    ]);
  });
});
