import type { InterestKind } from './types.ts';

/** What the scorer may know about two members besides what they share. */
export interface PairFacts {
  /** Both fields are known and differ. */
  differentIndustry: boolean;
  /** Hours between the two clocks, 0 to 12; NaN when either zone is unknown. */
  hoursApart: number;
}

/** Facts that change nothing: same field or unknown, time zones unknown. */
export const NEUTRAL_FACTS: PairFacts = { differentIndustry: false, hoursApart: NaN };

/**
 * How a pair is valued, in two steps so candidate search can stay an inverted-index scan:
 * each shared interest adds `interestValue` to the pair's common ground (summed over what
 * they share), and `pairScore` turns that sum and the pair's facts into the score the exact
 * matcher maximises. The rarity-only scorer (`idfScorer`) is used until feedback teaches
 * something; a learned model supplies its own. Scores must be finite and at least 0.
 */
export interface PairScorer {
  /** What sharing one interest adds; `idf` is ln((N + 1) / holders) over the roster. */
  interestValue(kind: InterestKind, interest: string, idf: number): number;
  /** The pair's score from its summed common ground (0 when nothing is shared) and facts. */
  pairScore(ground: number, facts: PairFacts): number;
  /** An upper bound of `pairScore(ground, facts)` over every facts: lets the search skip early. */
  bound(ground: number): number;
}
