import { DEFAULT_COOLDOWN } from '../../matching/match-context.ts';
import { matchMembers } from '../../matching/match-members.ts';
import type { PairScorer } from '../../matching/pair-scorer.ts';
import { mulberry32 } from '../../matching/random.ts';
import type { MatchMember, MatchResult, PastIntro } from '../../matching/types.ts';
import { learnPairModel } from '../learn/learn-pair-model.ts';
import { SCORE_SCALE } from '../learn/model-scorer.ts';
import type { PairModel } from '../learn/pair-model.ts';
import { roundScorer } from '../learn/round-scorer.ts';
import {
  BASE_LOG_ODDS,
  bondAt,
  firstAnswer,
  groupLogOdds,
  meetingOutcome,
  type World,
} from './ground-truth.ts';
import { randomMatcher } from './random-matcher.ts';

/** Who decides the groups: Kindred, the matchers it is measured against, and the oracle. */
export const STRATEGIES = ['random', 'idf', 'shared-count', 'kindred', 'oracle'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface OfflineRound {
  round: number;
  intros: number;
  /** Mean true chance, over intros, that an intro feels genuine once people meet. */
  chance: number;
  repeatsInCooldown: number;
  repeatsAfterCooldown: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Shared interests all count the same: the count of what a pair shares. */
const sharedCountScorer: PairScorer = {
  interestValue: () => 1,
  pairScore: (ground) => (ground > 0 ? ground : 0.05),
  bound: (ground) => ground,
};

/** Knows the truth: each shared interest adds its true log-odds, a pair scores its true chance. */
function oracleScorer(world: World, round: number): PairScorer {
  const bond = bondAt(world, round);
  return {
    interestValue: (kind, name) => bond.get(`${kind}:${name}`) ?? 0,
    pairScore: (ground) => SCORE_SCALE * sigmoid(BASE_LOG_ODDS + ground),
    bound: (ground) => SCORE_SCALE * sigmoid(BASE_LOG_ODDS + ground),
  };
}

/**
 * Runs `rounds` rounds of a synthetic world offline, the way `kindred match --history` does:
 * the roster and a growing history file with everyone's first answers, under one cooldown.
 * Kindred learns from that history with the same learner the scheduled rounds use (one
 * Thompson draw per round, warm-started); the others never learn.
 */
export function runOfflineRounds(
  world: World,
  strategy: Strategy,
  options: { rounds: number; seed: number; cooldown?: number },
): OfflineRound[] {
  const cooldown = options.cooldown ?? DEFAULT_COOLDOWN;
  const roster: MatchMember[] = world.members.map((m) => ({
    id: m.userId,
    hobbies: m.hobbies,
    volunteer: m.volunteer,
    timezone: m.timezone,
    industry: m.industry,
  }));
  const byId = new Map(world.members.map((m) => [m.userId, m]));
  const rng = mulberry32(options.seed * 7919 + 17);
  const history: PastIntro[] = [];
  const lastMet = new Map<string, number>();
  let model: PairModel | null = null;
  const out: OfflineRound[] = [];

  for (let round = 1; round <= options.rounds; round++) {
    const seed = options.seed * 1000 + round;
    const base = { history, seed, cooldown };
    let result: MatchResult;
    if (strategy === 'random') result = randomMatcher(roster, base);
    else if (strategy === 'idf') result = matchMembers(roster, base);
    else if (strategy === 'shared-count')
      result = matchMembers(roster, { ...base, scorer: sharedCountScorer });
    else if (strategy === 'oracle')
      result = matchMembers(roster, { ...base, scorer: oracleScorer(world, round) });
    else {
      model = learnPairModel({ members: roster, intros: history, previous: model });
      result = matchMembers(roster, { ...base, scorer: roundScorer(model, rng) });
    }

    let chance = 0;
    let inCooldown = 0;
    let after = 0;
    for (const group of result.groups) {
      const people = group.members.map((id) => byId.get(id)!);
      chance += sigmoid(groupLogOdds(world, people, round));
      for (let i = 0; i < group.members.length; i++)
        for (let j = i + 1; j < group.members.length; j++) {
          const key = [group.members[i], group.members[j]].sort().join('|');
          const last = lastMet.get(key);
          if (last !== undefined && round - last <= cooldown) inCooldown++;
          else if (last !== undefined) after++;
          lastMet.set(key, round);
        }
      const truth = meetingOutcome(world, people, rng, round);
      const feedback: NonNullable<PastIntro['feedback']> = {};
      for (const person of people)
        if (rng() < person.answers) feedback[person.userId] = firstAnswer(person, truth, rng);
      history.push({ round: `r${round}`, members: group.members, feedback });
    }
    out.push({
      round,
      intros: result.groups.length,
      chance: result.groups.length === 0 ? 0 : chance / result.groups.length,
      repeatsInCooldown: inCooldown,
      repeatsAfterCooldown: after,
    });
  }
  return out;
}
