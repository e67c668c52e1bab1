import type { Community, CommunityRef } from '../domain/community.ts';
import { communitySchema } from '../domain/community.ts';
import type { Queryable } from './db.ts';
import { parseRow, parseRows } from './rows.ts';

const COLUMNS = `id, platform, external_id AS "externalId", name, schedule_cron AS "scheduleCron", timezone,
  intros_channel AS "introsChannel", cooldown_rounds AS "cooldownRounds", nudge_after_days AS "nudgeAfterDays",
  checkin_after_days AS "checkinAfterDays", status, created_at AS "createdAt"`;

export async function findCommunity(q: Queryable, ref: CommunityRef): Promise<Community | undefined> {
  const { rows } = await q.query(
    `SELECT ${COLUMNS} FROM communities WHERE platform = $1 AND external_id = $2`,
    [ref.platform, ref.externalId],
  );
  return rows[0] ? parseRow(communitySchema, rows[0], 'community') : undefined;
}

export async function getCommunity(q: Queryable, id: number): Promise<Community | undefined> {
  const { rows } = await q.query(`SELECT ${COLUMNS} FROM communities WHERE id = $1`, [id]);
  return rows[0] ? parseRow(communitySchema, rows[0], 'community') : undefined;
}

/** The community for a workspace or guild, created on first contact (and reactivated). */
export async function ensureCommunity(
  q: Queryable,
  ref: CommunityRef,
  name?: string | null,
): Promise<Community> {
  const { rows } = await q.query(
    `INSERT INTO communities (platform, external_id, name) VALUES ($1, $2, $3)
     ON CONFLICT (platform, external_id) DO UPDATE
       SET name = COALESCE(EXCLUDED.name, communities.name), status = 'active'
     RETURNING ${COLUMNS}`,
    [ref.platform, ref.externalId, name ?? null],
  );
  return parseRow(communitySchema, rows[0], 'community');
}

export async function listCommunities(
  q: Queryable,
  status: 'active' | 'all' = 'active',
): Promise<Community[]> {
  const { rows } = await q.query(
    `SELECT ${COLUMNS} FROM communities ${status === 'active' ? `WHERE status = 'active'` : ''} ORDER BY id`,
  );
  return parseRows(communitySchema, rows, 'community');
}

export interface CommunitySettings {
  scheduleCron?: string;
  timezone?: string;
  introsChannel?: string | null;
  cooldownRounds?: number;
  nudgeAfterDays?: number;
  checkinAfterDays?: number;
  status?: 'active' | 'stopped';
  name?: string | null;
}

const SETTING_COLUMNS: Record<keyof CommunitySettings, string> = {
  scheduleCron: 'schedule_cron',
  timezone: 'timezone',
  introsChannel: 'intros_channel',
  cooldownRounds: 'cooldown_rounds',
  nudgeAfterDays: 'nudge_after_days',
  checkinAfterDays: 'checkin_after_days',
  status: 'status',
  name: 'name',
};

export async function updateCommunity(
  q: Queryable,
  id: number,
  settings: CommunitySettings,
): Promise<Community> {
  const entries = Object.entries(settings).filter(([, value]) => value !== undefined) as [
    keyof CommunitySettings,
    unknown,
  ][];
  const sets = entries.map(([key], i) => `${SETTING_COLUMNS[key]} = $${i + 2}`);
  const { rows } = await q.query(
    `UPDATE communities SET ${sets.length > 0 ? sets.join(', ') : 'id = id'} WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, ...entries.map(([, value]) => value)],
  );
  if (!rows[0]) throw new Error(`community ${id} does not exist`);
  return parseRow(communitySchema, rows[0], 'community');
}
