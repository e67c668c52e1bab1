import { describe, expect, it } from 'vitest';
import { matchMembers } from '../../../src/matching/match-members.ts';
import { mulberry32, randomInt, type Rng } from '../../../src/matching/random.ts';
import type { MatchMember } from '../../../src/matching/types.ts';
import type { AnsweredIntro } from '../../../src/rounds/learn/answer-signals.ts';
import { learnPairModel } from '../../../src/rounds/learn/learn-pair-model.ts';
import { modelWeights } from '../../../src/rounds/learn/model-scorer.ts';
import { G, type PairModel } from '../../../src/rounds/learn/pair-model.ts';
import { roundScorer } from '../../../src/rounds/learn/round-scorer.ts';

const WORDS = Array.from({ length: 24 }, (_, i) => `topic${String.fromCharCode(97 + i)}`);

function roster(size: number, rng: Rng): MatchMember[] {
  return Array.from({ length: size }, (_, i) => {
    const hobbies = new Set<string>();
    while (hobbies.size < 4)
      hobbies.add(WORDS[Math.min(randomInt(rng, WORDS.length), randomInt(rng, WORDS.length))]!);
    return { id: `m${i}`, hobbies: [...hobbies], volunteer: [] };
  });
}

/** Random pairs over `rounds` rounds, both members answering from the true log-odds. */
function answered(
  members: MatchMember[],
  rounds: number,
  logOdds: (a: MatchMember, b: MatchMember) => number,
  rng: Rng,
  yesSayer: (m: MatchMember) => boolean = () => false,
): AnsweredIntro[] {
  const intros: AnsweredIntro[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = [...members].sort(() => rng() - 0.5);
    for (let i = 0; i + 1 < order.length; i += 2) {
      const a = order[i]!;
      const b = order[i + 1]!;
      const genuine = rng() < 1 / (1 + Math.exp(-logOdds(a, b)));
      const say = (m: MatchMember) => (yesSayer(m) || genuine ? 'genuine' : 'transactional');
      intros.push({ round: `r${r}`, members: [a.id, b.id], feedback: { [a.id]: say(a), [b.id]: say(b) } });
    }
  }
  return intros;
}

const shared = (a: MatchMember, b: MatchMember) => a.hobbies.filter((h) => b.hobbies.includes(h));

/** The model's total log-odds for sharing one hobby of the given rarity, posterior mean. */
function effectOf(model: PairModel, members: MatchMember[], name: string): number {
  const holders = members.filter((m) => m.hobbies.includes(name)).length;
  const idf = Math.log((members.length + 1) / holders);
  const w = modelWeights(model);
  return w.global[G.rarity]! * idf + w.global[G.shared]! + w.global[G.hobby]! + w.interest('hobby', name);
}

describe('the pair model', () => {
  const rng = mulberry32(7);
  const members = roster(300, rng);
  const BONDS = new Set(['topica', 'topicd', 'topick', 'topicq']);
  const truth = (a: MatchMember, b: MatchMember) =>
    -1.2 + shared(a, b).reduce((s, h) => s + (BONDS.has(h) ? 1.8 : 0), 0);

  it('recovers known effects of shared interests and the base rate from synthetic answers', () => {
    const model = learnPairModel({ members, intros: answered(members, 40, truth, mulberry32(1)) })!;
    expect(model.global[G.intercept]).toBeCloseTo(-1.2, 0);
    for (const word of WORDS.slice(0, 12)) {
      expect(Math.abs(effectOf(model, members, word) - (BONDS.has(word) ? 1.8 : 0))).toBeLessThan(0.45);
    }
  });

  it('learns how much rarity itself is worth', () => {
    const holders = new Map(WORDS.map((w) => [w, members.filter((m) => m.hobbies.includes(w)).length]));
    const rarityTruth = (a: MatchMember, b: MatchMember) =>
      -1.5 + shared(a, b).reduce((s, h) => s + 0.9 * Math.log(301 / holders.get(h)!), 0);
    const model = learnPairModel({ members, intros: answered(members, 40, rarityTruth, mulberry32(2)) })!;
    expect(model.global[G.rarity]).toBeGreaterThan(0.6);
    expect(model.global[G.rarity]).toBeLessThan(1.2);
  });

  it('puts a yes-sayer in their rater offset, not in the interest they happen to hold', () => {
    // Half of those holding topicb say "genuine" to everything; topicb itself bonds nobody.
    const yes = new Set(
      members.filter((m, i) => m.hobbies.includes('topicb') && i % 2 === 0).map((m) => m.id),
    );
    const intros = answered(members, 40, truth, mulberry32(3), (m) => yes.has(m.id));
    const model = learnPairModel({ members, intros })!;
    expect(Math.abs(effectOf(model, members, 'topicb'))).toBeLessThan(0.45);
    // Offsets are relative to the intercept: what counts is how far yes-sayers stand out.
    const offsets = [...model.raters].filter(([id]) => yes.has(id)).map(([, c]) => c.mean);
    const others = [...model.raters].filter(([id]) => !yes.has(id)).map(([, c]) => c.mean);
    const typical = others.reduce((a, b) => a + b, 0) / others.length;
    expect(Math.min(...offsets) - typical).toBeGreaterThan(1);
    expect(offsets.reduce((a, b) => a + b, 0) / offsets.length - typical).toBeGreaterThan(2);
  });

  it('warm-started from last round, reaches the same fit in fewer iterations', () => {
    const intros = answered(members, 12, truth, mulberry32(4));
    const before = learnPairModel({ members, intros: intros.slice(0, 1000) })!;
    const cold = learnPairModel({ members, intros })!;
    const warm = learnPairModel({ members, intros, previous: before })!;
    expect(warm.iterations).toBeLessThan(cold.iterations);
    for (let j = 0; j < cold.global.length; j++) expect(warm.global[j]).toBeCloseTo(cold.global[j]!, 2);
  });

  it('before any answer, matches exactly as rarity alone does', () => {
    const none: AnsweredIntro[] = [
      { round: 'r0', members: ['m0', 'm1'] },
      { round: 'r0', members: ['m2', 'm3'], feedback: { m2: 'no_show', m3: 'no_show' } },
    ];
    const model = learnPairModel({ members, intros: none });
    expect(model).toBeNull();
    const scorer = roundScorer(model, mulberry32(1));
    expect(scorer).toBeUndefined();
    expect(matchMembers(members, { history: none, seed: 3, scorer })).toEqual(
      matchMembers(members, { history: none, seed: 3 }),
    );
  });

  it('draws the whole weight vector per round, and its mean without a random source', () => {
    const model = learnPairModel({ members, intros: answered(members, 4, truth, mulberry32(5)) })!;
    const a = modelWeights(model, mulberry32(1));
    const b = modelWeights(model, mulberry32(2));
    expect(a.global).not.toEqual(b.global);
    expect(a.interest('hobby', 'unheard-of')).not.toBe(b.interest('hobby', 'unheard-of'));
    expect(modelWeights(model).global).toEqual(model.global);
    expect(modelWeights(model).interest('hobby', 'unheard-of')).toBe(0);
  });
});
