import type { SharedInterests } from '../../../matching/types.ts';

export interface PreviewPerson {
  memberId: number;
  userId: string;
  name: string | null;
}

/** What the next round would do, as the dashboard shows it. Nothing is written or sent. */
export interface RoundPreview {
  /** Members who would take part. */
  eligible: number;
  groups: Array<{
    members: PreviewPerson[];
    score: number;
    shared: SharedInterests;
    why: string;
    icebreaker: string;
  }>;
  satOut: Array<{ person: PreviewPerson; code: string; reason: string }>;
  /** Set when no round could be made, e.g. `round.too_few_members`. */
  problem?: string;
}
