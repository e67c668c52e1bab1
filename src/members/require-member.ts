import type { Community } from '../domain/community.ts';
import type { Member, MemberRef } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { fail, ok } from '../domain/result.ts';
import { findCommunity } from '../store/community-repository.ts';
import type { Queryable } from '../store/db.ts';
import { findMember } from '../store/member-repository.ts';

/** The member behind a platform user, or `member.not_joined` if they never opted in. */
export async function requireMember(
  q: Queryable,
  ref: MemberRef,
): Promise<Result<{ community: Community; member: Member }, 'member.not_joined'>> {
  const community = await findCommunity(q, ref);
  const member = community ? await findMember(q, community.id, ref.userId) : undefined;
  if (!community || !member) return fail('member.not_joined');
  return ok({ community, member });
}
