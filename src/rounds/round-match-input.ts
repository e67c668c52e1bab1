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

/** Who the platform says still belongs, among the members it was asked about. */
export interface Presence {
  asked: ReadonlySet<string>;
  present: ReadonlySet<string>;
}

/**
 * Asks the platform which members still belong to the workspace or guild. Called before
 * any transaction opens: a network call (paced through the database, too) must never wait
 * while a transaction holds the embedded database's only connection. Undefined when the
 * community's platform does not run in this process.
 */
export async function platformPresence(
  deps: RoundDeps,
  q: Queryable,
  community: Community,
  now: Date,
): Promise<Presence | undefined> {
  const platform = platformOf(deps, community.platform);
  if (!platform) return undefined;
  const asked = (await loadRoundMembers(q, community.id, now)).map((m) => m.userId);
  return { asked: new Set(asked), present: await platform.activeMembers(community.externalId, asked) };
}

/**
 * The members whose turn it is: cadence honoured, and people who left the workspace or
 * guild never matched. Someone who joined after the platform was asked counts as present.
 */
export async function eligibleMembers(
  q: Queryable,
  community: Community,
  now: Date,
  presence: Presence | undefined,
): Promise<RoundMember[]> {
  const loaded = await loadRoundMembers(q, community.id, now);
  const belongs = (userId: string) => !presence?.asked.has(userId) || presence.present.has(userId);
  return loaded.filter((m) => belongs(m.userId) && dueForCadence(m.cadence, m.lastIntroAt, now));
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
