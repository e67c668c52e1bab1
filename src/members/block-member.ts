import type { MemberRef } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { fail, ok } from '../domain/result.ts';
import type { MemberDeps } from './deps.ts';
import { requireMember } from './require-member.ts';
import { subjectHasher } from './subject-hash.ts';

/**
 * Never introduce `ref` to `blockedUserId`, in either direction. The blocked person need
 * not have joined, is not told, and is named only by a hash.
 */
export async function blockMember(
  deps: MemberDeps,
  ref: MemberRef,
  blockedUserId: string,
): Promise<Result<{ alreadyBlocked: boolean }, 'member.not_joined' | 'block.self'>> {
  if (blockedUserId === ref.userId) return fail('block.self');
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    const hash = (await subjectHasher(tx)).hash({ ...ref, userId: blockedUserId });
    const inserted = await tx.query(
      'INSERT INTO blocks (member_id, blocked_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [found.value.member.id, hash],
    );
    return ok({ alreadyBlocked: inserted.rowCount === 0 });
  });
}
