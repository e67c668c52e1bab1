import type { Community } from '../domain/community.ts';
import { normaliseInterest } from '../interests/normalise-interest.ts';
import type { MatchOptions } from '../matching/match-context.ts';
import type { PairScorer } from '../matching/pair-scorer.ts';
import type { MatchMember } from '../matching/types.ts';
import type { Queryable } from '../store/db.ts';
import { dueForCadence } from './cadence.ts';
import { loadBlocks, loadMatchHistory, loadNeverAgain } from './load-pair-rules.ts';
import type { RoundMember } from './load-round-members.ts';
import { loadRoundMembers } from './load-round-members.ts';
import type { RoundDeps } from './round-deps.ts';
import { platformOf } from './round-deps.ts';

/** The members whose turn it is: platform membership re-checked, cadence honoured. */
export async function eligibleMembers(
  deps: RoundDeps,
  q: Queryable,
  community: Community,
  now: Date,
): Promise<RoundMember[]> {
  const loaded = await loadRoundMembers(q, community.id, now);
  const platform = platformOf(deps, community.platform);
  // People who left the workspace or guild are never matched.
  const present = platform
    ? await platform.activeMembers(
        community.externalId,
        loaded.map((m) => m.userId),
      )
    : undefined;
  return loaded.filter(
    (m) => (present?.has(m.userId) ?? true) && dueForCadence(m.cadence, m.lastIntroAt, now),
  );
}

/**
 * The member's interests as they wrote them, so intros can show those spellings; the
 * matcher normalises them back to the same keys. Keys stand in for any spelling that is
 * missing or no longer agrees with its key (older profiles, a rule change since).
 */
function asWritten(keys: string[] | null, spellings: string[] | null): string[] {
  return (keys ?? []).map((key, i) => {
    const spelling = spellings?.[i];
    return spelling !== undefined && normaliseInterest(spelling) === key ? spelling : key;
  });
}

/** The roster and options `matchMembers` gets for a round of `members`. */
export async function roundMatchInput(
  q: Queryable,
  input: {
    community: Community;
    members: RoundMember[];
    scorer: PairScorer | undefined;
    seed: number;
    now: Date;
  },
): Promise<{ roster: MatchMember[]; options: MatchOptions }> {
  const { community, members } = input;
  const blocks = await loadBlocks(q, community, members);
  return {
    roster: members.map((m) => ({
      id: String(m.id),
      hobbies: asWritten(m.hobbies, m.hobbySpellings),
      volunteer: asWritten(m.volunteer, m.volunteerSpellings),
      industry: m.industry,
      timezone: m.timezone,
      blocked: blocks.get(m.id),
      priority: m.priority,
    })),
    options: {
      history: await loadMatchHistory(q, community.id, 2 * community.cooldownRounds + 2),
      neverAgain: await loadNeverAgain(q, community.id),
      cooldown: community.cooldownRounds,
      scorer: input.scorer,
      seed: input.seed,
      now: input.now,
    },
  };
}
