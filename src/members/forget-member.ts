import type { MemberRef } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import type { MemberDeps } from './deps.ts';
import { requireMember } from './require-member.ts';
import { subjectHasher } from './subject-hash.ts';

/**
 * Deletes everything about a member in one transaction. Foreign keys cascade from
 * `members` to the profile, their blocks, intro memberships, messages, outbox rows and
 * feedback; what remains is one keyed hash in the deletion ledger. Blocks *against* them
 * are hashes already and keep holding, as the blocker asked.
 */
export async function forgetMember(
  deps: MemberDeps,
  ref: MemberRef,
): Promise<Result<{ forgotten: boolean }, never>> {
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return ok({ forgotten: false });
    const { community, member } = found.value;
    await tx.query('DELETE FROM members WHERE id = $1', [member.id]);
    await tx.query(
      `INSERT INTO deletion_ledger (subject_hash, community_id, reason) VALUES ($1, $2, 'forget')`,
      [(await subjectHasher(tx)).hash(ref), community.id],
    );
    return ok({ forgotten: true });
  });
}
