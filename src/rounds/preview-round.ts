import { nameMentionTokens } from '../domain/mention-token.ts';
import { matchMembers } from '../matching/match-members.ts';
import type { Group } from '../matching/types.ts';
import { getCommunity } from '../store/community-repository.ts';
import { learnCommunityModel } from './learn/learn-community-model.ts';
import { roundScorer } from './learn/round-scorer.ts';
import type { PlanDeps } from './plan-round.ts';
import { clockOf } from './round-deps.ts';
import { eligibleMembers, platformPresence, roundMatchInput } from './round-match-input.ts';

export interface PreviewPerson {
  memberId: number;
  userId: string;
  name: string | null;
}

/** The groups the next round would make and why, and who would sit out; nothing is written. */
export interface RoundPreview {
  /** Members who would take part. */
  eligible: number;
  groups: (Omit<Group, 'members'> & { members: PreviewPerson[] })[];
  satOut: { person: PreviewPerson; code: string; reason: string }[];
  /** Set when no round could be made: `round.too_few_members`. */
  problem?: string;
}

/**
 * What a round would do now, for the dashboard. It uses the pair model's posterior mean
 * and a fixed seed instead of a Thompson draw, so two looks in a row agree; the real
 * round samples and may differ a little.
 */
export async function previewRound(deps: PlanDeps, communityId: number): Promise<RoundPreview> {
  const community = await getCommunity(deps.db, communityId);
  if (!community) throw new Error(`previewRound: community ${communityId} does not exist`);
  const now = clockOf(deps);
  const presence = await platformPresence(deps, deps.db, community, now);
  const members = await eligibleMembers(deps.db, community, now, presence);
  const scorer = roundScorer(await learnCommunityModel(deps.db, community.id, { now }));
  const { roster, options } = await roundMatchInput(deps.db, { community, members, scorer, seed: 1, now });
  if (members.length < 2)
    return { eligible: members.length, groups: [], satOut: [], problem: 'round.too_few_members' };
  const result = (deps.match ?? matchMembers)(roster, options, community);
  const byId = new Map(
    members.map((m) => [String(m.id), { memberId: m.id, userId: m.userId, name: m.displayName }]),
  );
  return {
    eligible: members.length,
    groups: result.groups.map((g) => ({
      ...g,
      members: g.members.map((id) => byId.get(id)!),
      why: nameMentionTokens(g.why, (id) => byId.get(id)?.name ?? `member ${id}`),
    })),
    satOut: result.unmatched.map((u) => ({ person: byId.get(u.id)!, code: u.code, reason: u.reason })),
  };
}
