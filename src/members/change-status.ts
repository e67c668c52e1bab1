import type { Member, MemberRef } from '../domain/member.ts';
import { parsePauseDuration } from '../domain/pause-duration.ts';
import type { Result } from '../domain/result.ts';
import { fail, ok } from '../domain/result.ts';
import { setMemberState } from '../store/member-repository.ts';
import type { MemberDeps } from './deps.ts';
import { now } from './deps.ts';
import { requireMember } from './require-member.ts';

/** Pauses a member for a while (`2w`, `30d`) or until they resume. */
export async function pauseMember(
  deps: MemberDeps,
  ref: MemberRef,
  duration?: string,
): Promise<
  Result<Member, 'member.not_joined' | 'member.has_left' | 'pause.bad_duration' | 'pause.too_long'>
> {
  const until = parsePauseDuration(duration, now(deps));
  if (!until.ok) return until;
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    if (found.value.member.status === 'left') return fail('member.has_left');
    return ok(
      await setMemberState(tx, found.value.member.id, {
        status: 'paused',
        until: until.value,
        reason: 'self',
      }),
    );
  });
}

/** Ends a pause, including one Kindred set after unanswered intros. */
export async function resumeMember(
  deps: MemberDeps,
  ref: MemberRef,
): Promise<Result<Member, 'member.not_joined' | 'member.has_left'>> {
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    if (found.value.member.status === 'left') return fail('member.has_left');
    return ok(await setMemberState(tx, found.value.member.id, { status: 'active' }));
  });
}

/** Opts out: no more intros. The profile stays until `forget`, so coming back is easy. */
export async function leaveCommunity(
  deps: MemberDeps,
  ref: MemberRef,
): Promise<Result<Member, 'member.not_joined'>> {
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    if (found.value.member.status === 'left') return ok(found.value.member);
    // Pending deliveries of this member's own messages are cancelled with the opt-out.
    await tx.query(
      `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL
                    WHERE member_id = $1 AND status = 'pending'`,
      [found.value.member.id],
    );
    return ok(await setMemberState(tx, found.value.member.id, { status: 'left', at: now(deps) }));
  });
}
