import type { Queryable } from '../../store/db.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import type { Prepared } from './prepare-delivery.ts';

/**
 * An ask whose member answered in the meantime (a reaction on the group message, a
 * button on an earlier message) is not sent: it would ask a settled question. Checked
 * inside the claim, like every other reason not to send; the prepared plans change in place.
 */
export async function skipAnsweredAsks(
  q: Queryable,
  rows: ClaimedRow[],
  prepared: Map<number, Prepared>,
): Promise<void> {
  const asks = rows.filter((r) => r.kind === 'ask' && prepared.get(r.id)?.action === 'send');
  if (asks.length === 0) return;
  const { rows: answered } = await q.query<{ id: number }>(
    `SELECT x.id FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS x(id, intro_id, member_id)
     WHERE EXISTS (SELECT 1 FROM feedback f WHERE f.intro_id = x.intro_id AND f.member_id = x.member_id
                   AND f.kind = 'initial')`,
    [asks.map((r) => r.id), asks.map((r) => r.introId), asks.map((r) => r.memberId)],
  );
  for (const { id } of answered) prepared.set(Number(id), { action: 'drop', reason: 'already_answered' });
}
