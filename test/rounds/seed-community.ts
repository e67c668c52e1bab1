import type { Community, CommunityPlatform } from '../../src/domain/community.ts';
import { getCommunity } from '../../src/store/community-repository.ts';
import type { Queryable } from '../../src/store/db.ts';
import { uniqueId } from '../support/test-db.ts';

export interface SeedMember {
  userId?: string;
  hobbies?: string[];
  volunteer?: string[];
  cadence?: 'weekly' | 'biweekly' | 'monthly';
  status?: 'active' | 'paused' | 'left';
  pausedUntil?: Date | null;
}

export interface Seeded {
  community: Community;
  /** Member id by platform user id, in the order given. */
  ids: Map<string, number>;
  users: string[];
}

/** A community with members and profiles, written in a few statements (tests need many). */
export async function seedCommunity(
  q: Queryable,
  members: SeedMember[],
  options: { platform?: CommunityPlatform; createdAt?: Date; cron?: string; timezone?: string } = {},
): Promise<Seeded> {
  const { rows } = await q.query<{ id: number }>(
    `INSERT INTO communities (platform, external_id, created_at, schedule_cron, timezone)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      options.platform ?? 'slack',
      uniqueId('T'),
      options.createdAt ?? new Date('2026-01-01T00:00:00Z'),
      options.cron ?? '0 10 * * 1',
      options.timezone ?? 'UTC',
    ],
  );
  const communityId = rows[0]!.id;
  const users = members.map((m) => m.userId ?? uniqueId('U'));
  const inserted = await q.query<{ id: number; userId: string }>(
    `INSERT INTO members (community_id, platform_user_id, consent_at, cadence, status, paused_until, pause_reason, left_at)
     SELECT $1, u, '2026-01-01', c, s, p, CASE WHEN s = 'paused' THEN 'self' END, CASE WHEN s = 'left' THEN timestamptz '2026-01-02' END
     FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS x(u, c, s, p)
     RETURNING id, platform_user_id AS "userId"`,
    [
      communityId,
      users,
      members.map((m) => m.cadence ?? 'weekly'),
      members.map((m) => m.status ?? 'active'),
      members.map((m) => m.pausedUntil ?? null),
    ],
  );
  const ids = new Map(inserted.rows.map((r) => [r.userId, r.id]));
  await q.query(
    `INSERT INTO profiles (member_id, hobbies, volunteer)
     SELECT id, string_to_array(h, '|'), string_to_array(v, '|') FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(id, h, v)`,
    [
      users.map((u) => ids.get(u)),
      members.map((m) => (m.hobbies ?? []).join('|')),
      members.map((m) => (m.volunteer ?? []).join('|')),
    ],
  );
  const community = await getCommunity(q, communityId);
  return { community: community!, ids, users };
}

/** Rows of a table for one community, as plain objects, for assertions. */
export async function outboxOf(q: Queryable, communityId: number) {
  const { rows } = await q.query<{
    id: number;
    kind: string;
    status: string;
    memberId: number | null;
    introId: number | null;
    attempts: number;
    lastError: string | null;
    code: string | null;
    availableAt: Date;
    leaseOwner: string | null;
  }>(
    `SELECT id, kind, status, member_id AS "memberId", intro_id AS "introId", attempts, last_error AS "lastError",
       payload ->> 'code' AS code, available_at AS "availableAt", lease_owner AS "leaseOwner"
     FROM outbox WHERE community_id = $1 ORDER BY id`,
    [communityId],
  );
  return rows;
}
