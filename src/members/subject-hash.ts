import { createHash } from 'node:crypto';
import type { MemberRef } from '../domain/member.ts';

/**
 * A one-way name for a person, used where Kindred must remember something about someone
 * without naming them: blocks against them and the deletion ledger.
 */
export function subjectHash(ref: MemberRef): string {
  return createHash('sha256')
    .update(`${ref.platform}\u0000${ref.externalId}\u0000${ref.userId}`)
    .digest('hex');
}
