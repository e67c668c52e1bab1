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

/** An interest only some members of a group share (at least two of them). */
export interface SharedBy {
  /** As people wrote it. */
  interest: string;
  kind: InterestKind;
  members: string[];
}

export interface Group {
  members: string[];
  score: number;
  /** What EVERY member holds, as people wrote it (the group's most common spelling), rarest first. */
  shared: SharedInterests;
  /** What only some of them share, rarest first; absent when there is none. */
  sharedBy?: SharedBy[];
  /**
   * Matching keys of every interest at least two members hold: what their feedback teaches
   * about. Absent in groups not formed by the matcher, where `shared` holds keys already.
   */
  keys?: SharedInterests;
  icebreaker: string;
  /**
   * The hook, as a host would put it: what they share and, in a bigger group, who shares
   * what and why they are more than two. Names people only as mention tokens
   * (`{@id}`, see domain/mention-token.ts); never about work.
   */
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
