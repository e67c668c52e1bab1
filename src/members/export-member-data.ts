import type { MemberRef } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import { nameMentionTokens } from '../domain/mention-token.ts';
import { getProfile } from '../store/member-repository.ts';
import type { MemberDeps } from './deps.ts';
import { requireMember } from './require-member.ts';

/** Everything Kindred holds about one member, as plain JSON-ready data. */
export interface MemberExport {
  exportedAt: string;
  community: { platform: string; id: string; name: string | null };
  member: {
    userId: string;
    displayName: string | null;
    status: string;
    pausedUntil: string | null;
    cadence: string;
    consentAt: string;
    joinedAt: string;
    leftAt: string | null;
  };
  profile: {
    hobbies: string[];
    volunteer: string[];
    /** As the member wrote them. */
    hobbiesAsWritten: string[];
    volunteerAsWritten: string[];
    industry: string | null;
    timezone: string | null;
  } | null;
  blocks: { count: number; note: string };
  intros: {
    round: string;
    date: string;
    with: string[];
    shared: unknown;
    why: string;
    icebreaker: string;
    status: string;
  }[];
  feedback: { round: string; kind: string; answer: string; source: string; at: string }[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportMemberData(
  deps: MemberDeps,
  ref: MemberRef,
): Promise<Result<MemberExport, 'member.not_joined'>> {
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    const { community, member } = found.value;
    const profile = await getProfile(tx, member.id);
    const blocks = await tx.query<{ n: number }>('SELECT count(*) AS n FROM blocks WHERE member_id = $1', [
      member.id,
    ]);
    const intros = await tx.query<{
      period: string;
      createdAt: Date;
      others: string[] | null;
      shared: unknown;
      why: string;
      icebreaker: string;
      status: string;
    }>(
      `SELECT r.period, i.created_at AS "createdAt", i.shared, i.why, i.icebreaker, i.status,
         (SELECT array_agg(o.platform_user_id ORDER BY o.platform_user_id) FROM intro_members im2
            JOIN members o ON o.id = im2.member_id WHERE im2.intro_id = i.id AND o.id <> $1) AS others
       FROM intro_members im JOIN intros i ON i.id = im.intro_id JOIN rounds r ON r.id = i.round_id
       WHERE im.member_id = $1 ORDER BY i.id`,
      [member.id],
    );
    const feedback = await tx.query<{
      period: string;
      kind: string;
      answer: string;
      source: string;
      updatedAt: Date;
    }>(
      `SELECT r.period, f.kind, f.answer, f.source, f.updated_at AS "updatedAt"
       FROM feedback f JOIN intros i ON i.id = f.intro_id JOIN rounds r ON r.id = i.round_id
       WHERE f.member_id = $1 ORDER BY f.id`,
      [member.id],
    );
    return ok({
      exportedAt: new Date().toISOString(),
      community: { platform: community.platform, id: community.externalId, name: community.name },
      member: {
        userId: member.platformUserId,
        displayName: member.displayName,
        status: member.status,
        pausedUntil: iso(member.pausedUntil),
        cadence: member.cadence,
        consentAt: member.consentAt.toISOString(),
        joinedAt: member.joinedAt.toISOString(),
        leftAt: iso(member.leftAt),
      },
      profile: profile
        ? {
            hobbies: profile.hobbies,
            volunteer: profile.volunteer,
            hobbiesAsWritten: profile.hobbySpellings ?? [],
            volunteerAsWritten: profile.volunteerSpellings ?? [],
            industry: profile.industry,
            timezone: profile.timezone,
          }
        : null,
      blocks: {
        count: blocks.rows[0]?.n ?? 0,
        note: 'Blocked people are stored only as one-way hashes, so they are counted here, not named.',
      },
      intros: intros.rows.map((row) => ({
        round: row.period,
        date: row.createdAt.toISOString(),
        with: row.others ?? [],
        shared: row.shared,
        // The hook names members by id; in someone's own export, others stay unnamed.
        why: nameMentionTokens(row.why, (id) => (id === String(member.id) ? 'you' : 'another member')),
        icebreaker: row.icebreaker,
        status: row.status,
      })),
      feedback: feedback.rows.map((row) => ({
        round: row.period,
        kind: row.kind,
        answer: row.answer,
        source: row.source,
        at: row.updatedAt.toISOString(),
      })),
    });
  });
}
