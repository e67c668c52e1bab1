import type { CommunityRef } from '../domain/community.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import { findCommunity } from '../store/community-repository.ts';
import type { MemberDeps } from './deps.ts';
import { subjectHasher } from './subject-hash.ts';

/**
 * Deletes everything Kindred holds about a community, as when the app is uninstalled from
 * a workspace or removed from a guild. Foreign keys cascade from `communities` to members,
 * profiles, rounds, intros, the outbox and feedback; one line in the deletion ledger, naming
 * the community only by a keyed hash, records that it happened.
 */
export async function purgeCommunity(
  deps: MemberDeps,
  ref: CommunityRef,
): Promise<Result<{ purged: boolean }, never>> {
  return deps.db.transaction(async (tx) => {
    const community = await findCommunity(tx, ref);
    if (!community) return ok({ purged: false });
    const hash = (await subjectHasher(tx)).community(ref);
    await tx.query('DELETE FROM communities WHERE id = $1', [community.id]);
    await tx.query(
      `INSERT INTO deletion_ledger (subject_hash, community_id, reason) VALUES ($1, NULL, 'uninstall')`,
      [hash],
    );
    return ok({ purged: true });
  });
}
