/** One person in a round, as the matcher sees them. Interests may be raw; they are normalised. */
export interface MatchMember {
  id: string;
  name?: string;
  hobbies: string[];
  volunteer: string[];
  /** Only used to favour meeting people from other fields; never shown or talked about. */
  industry?: string | null;
  /** IANA zone, e.g. "Europe/London". Unknown or invalid zones are treated as compatible. */
  timezone?: string | null;
  /** Ids this member never wants to be introduced to; honoured in both directions. */
  blocked?: string[];
  /** Sat out last time: greater than 0 gets preference. */
  priority?: number;
}

export type FeedbackAnswer = 'genuine' | 'transactional' | 'no_show';

/** One past introduction. A round is one distinct `round` value. */
export interface PastIntro {
  round: string;
  members: string[];
  feedback?: Record<string, FeedbackAnswer>;
}

export interface SharedInterests {
  hobbies: string[];
  volunteer: string[];
}

export interface Group {
  members: string[];
  score: number;
  /** Interests held by at least two members of the group, rarest first. */
  shared: SharedInterests;
  icebreaker: string;
  /** One sentence, no names, never about work. */
  why: string;
}

/** Stable codes for why someone sits out this round; each is also a message key. */
export type UnmatchedCode =
  'match.alone' | 'match.blocked_everyone' | 'match.no_eligible_partner' | 'match.no_group_fits';

export interface Unmatched {
  id: string;
  reason: string;
  code: UnmatchedCode;
}

export interface MatchResult {
  groups: Group[];
  unmatched: Unmatched[];
}

export type InterestKind = 'hobby' | 'volunteer';

/** Two member ids that must never be introduced, in either order. */
export type IdPair = readonly [string, string];
