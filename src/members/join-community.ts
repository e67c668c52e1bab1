import { cleanText } from '../domain/clean-text.ts';
import type { Member, MemberRef, Profile } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import { ensureCommunity } from '../store/community-repository.ts';
import { getProfile, upsertJoin } from '../store/member-repository.ts';
import type { MemberDeps } from './deps.ts';
import { now } from './deps.ts';

/**
 * Opts a person in. Running `/intro join` is the consent: it is recorded with its time.
 * Joining again is harmless; someone who had left comes back active.
 */
export async function joinCommunity(
  deps: MemberDeps,
  ref: MemberRef,
  input: { displayName?: string | null; communityName?: string | null } = {},
): Promise<
  Result<{ member: Member; profile: Profile | undefined; created: boolean; rejoined: boolean }, never>
> {
  return deps.db.transaction(async (tx) => {
    const community = await ensureCommunity(tx, ref, input.communityName);
    const before = await tx.query<{ status: string }>(
      'SELECT status FROM members WHERE community_id = $1 AND platform_user_id = $2',
      [community.id, ref.userId],
    );
    const { member, created } = await upsertJoin(tx, {
      communityId: community.id,
      userId: ref.userId,
      displayName: input.displayName ? cleanText(input.displayName) : null,
      now: now(deps),
    });
    const profile = await getProfile(tx, member.id);
    return ok({ member, profile, created, rejoined: before.rows[0]?.status === 'left' });
  });
}
