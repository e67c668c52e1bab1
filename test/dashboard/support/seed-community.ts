import type { Db } from '../../../src/store/db.ts';
import { mulberry32 } from '../../../src/matching/random.ts';

export interface SeedOptions {
  externalId: string;
  name?: string;
  members: number;
  rounds: number;
  seed?: number;
  /** The last round's date; earlier rounds are a week apart. */
  now?: Date;
  /** Display names and interests an attacker might choose. */
  hostileName?: string;
}

export interface SeededCommunity {
  communityId: number;
  memberIds: number[];
  roundIds: number[];
  intros: number;
  pairs: number;
}

const HOBBIES = [
  'hiking',
  'chess',
  'baking',
  'running',
  'climbing',
  'board games',
  'photography',
  'cycling',
  'gardening',
  'knitting',
  'jazz',
  'poetry',
  'sailing',
  'yoga',
  'pottery',
  'birdwatching',
  'cooking',
  'football',
  'swimming',
  'drawing',
  'film',
  'podcasts',
  'sci-fi',
  'tennis',
  'chess variants',
  'origami',
  'surfing',
  'language learning',
  'choir',
  'woodwork',
];
const CAUSES = [
  'food bank',
  'animal shelter',
  'literacy',
  'beach cleanup',
  'mentoring',
  'refugee support',
  'blood drive',
  'hospice',
  'tree planting',
  'coding club',
];
const NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Tim',
  'Radia',
];

const WEEK = 7 * 86_400_000;

/**
 * A community with a history, written straight to the tables the dashboard reads:
 * members over several weeks, weekly rounds of pairs (a trio when the count is odd),
 * some failed deliveries, someone sitting out, answers and check-ins. Deterministic.
 */
export async function seedCommunity(db: Db, options: SeedOptions): Promise<SeededCommunity> {
  const rng = mulberry32(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const now = options.now ?? new Date('2026-11-20T10:00:00Z');
  const { rows: community } = await db.query<{ id: number }>(
    `INSERT INTO communities (platform, external_id, name, created_at) VALUES ('offline', $1, $2, $3) RETURNING id`,
    [
      options.externalId,
      options.name ?? 'Demo community',
      new Date(now.getTime() - (options.rounds + 4) * WEEK),
    ],
  );
  const communityId = community[0]!.id;

  const n = options.members;
  const start = now.getTime() - (options.rounds + 3) * WEEK;
  const people = Array.from({ length: n }, (_, i) => {
    const joined = new Date(start + Math.floor(rng() * (options.rounds + 2) * WEEK));
    const roll = rng();
    const status = roll < 0.05 ? 'left' : roll < 0.13 ? 'paused' : 'active';
    const hobbies = [...new Set(Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(HOBBIES)))];
    const volunteer = [...new Set(Array.from({ length: Math.floor(rng() * 3) }, () => pick(CAUSES)))];
    const name = i === 0 && options.hostileName ? options.hostileName : `${pick(NAMES)} ${i + 1}`;
    return { userId: `u${i + 1}`, name, joined, status, hobbies, volunteer };
  });
  const { rows: inserted } = await db.query<{ id: number }>(
    `INSERT INTO members (community_id, platform_user_id, display_name, status, pause_reason, consent_at, joined_at, left_at)
     SELECT $1, u.id, u.name, u.status, CASE WHEN u.status = 'paused' THEN 'self' END, u.joined, u.joined,
       CASE WHEN u.status = 'left' THEN u.joined + interval '10 days' END
     FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS u(id, name, status, joined, ord)
     ORDER BY u.ord RETURNING id`,
    [
      communityId,
      people.map((p) => p.userId),
      people.map((p) => p.name),
      people.map((p) => p.status),
      people.map((p) => p.joined),
    ],
  );
  const memberIds = inserted.map((r) => r.id).sort((a, b) => a - b);
  await db.query(
    `INSERT INTO profiles (member_id, hobbies, volunteer)
     SELECT u.id, ARRAY(SELECT jsonb_array_elements_text(u.h::jsonb)), ARRAY(SELECT jsonb_array_elements_text(u.v::jsonb))
     FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, h, v)`,
    [memberIds, people.map((p) => JSON.stringify(p.hobbies)), people.map((p) => JSON.stringify(p.volunteer))],
  );

  const roundIds: number[] = [];
  let intros = 0;
  let pairs = 0;
  for (let r = 0; r < options.rounds; r++) {
    const at = new Date(now.getTime() - (options.rounds - 1 - r) * WEEK);
    const { rows: round } = await db.query<{ id: number }>(
      `INSERT INTO rounds (community_id, period, status, created_at, planned_at, stats)
       VALUES ($1, $2, 'done', $3, $3, $4) RETURNING id`,
      [communityId, at.toISOString().slice(0, 16), at, JSON.stringify({})],
    );
    const roundId = round[0]!.id;
    roundIds.push(roundId);
    const present = people
      .map((p, i) => ({ ...p, id: memberIds[i]! }))
      .filter((p) => p.joined <= at && p.status !== 'left');
    for (let i = present.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [present[i], present[j]] = [present[j]!, present[i]!];
    }
    // One member sits out each round, with a reason, as the round would record it.
    const sitter = present.pop();
    const groups: (typeof present)[] = [];
    for (let i = 0; i + 1 < present.length; i += 2) groups.push(present.slice(i, i + 2));
    if (present.length % 2 === 1 && groups.length > 0) groups.at(-1)!.push(present.at(-1)!);
    if (groups.length === 0) continue;
    const { rows: ids } = await db.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('intros', 'id')) AS id FROM generate_series(1, $1)`,
      [groups.length],
    );
    const last = r === options.rounds - 1;
    const status = groups.map((_, g) =>
      g % 17 === 5 ? 'failed' : g % 23 === 7 ? 'cancelled' : last && g % 5 === 0 ? 'pending' : 'sent',
    );
    await db.query(
      `INSERT INTO intros (id, round_id, community_id, size, score, shared, why, icebreaker, status, failure_reason, created_at, sent_at)
       SELECT u.id, $1, $2, u.size, u.score, u.shared::jsonb, u.why, 'What got you into it?', u.status,
         CASE u.status WHEN 'failed' THEN 'dms_closed' WHEN 'cancelled' THEN 'member_left' END, $3::timestamptz,
         CASE WHEN u.status = 'sent' THEN $3::timestamptz END
       FROM unnest($4::bigint[], $5::int[], $6::float8[], $7::text[], $8::text[], $9::text[]) AS u(id, size, score, shared, why, status)`,
      [
        roundId,
        communityId,
        at,
        ids.map((x) => x.id),
        groups.map((g) => g.length),
        groups.map(() => Math.round(rng() * 1000) / 100),
        groups.map((g) => {
          const hobbies = g[0]!.hobbies.filter((h) => g.slice(1).some((o) => o.hobbies.includes(h)));
          const volunteer = g[0]!.volunteer.filter((v) => g.slice(1).some((o) => o.volunteer.includes(v)));
          return JSON.stringify({ hobbies, volunteer });
        }),
        groups.map((g) => `You both like ${g[0]!.hobbies[0] ?? 'meeting people'}.`),
        status,
      ],
    );
    const links = groups.flatMap((g, k) => g.map((p) => [ids[k]!.id, p.id] as const));
    await db.query(
      `INSERT INTO intro_members (intro_id, member_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`,
      [links.map((l) => l[0]), links.map((l) => l[1])],
    );
    // Answers: more people answer, and more say genuine, as the rounds go on.
    const answers: [number, number, string, string][] = [];
    groups.forEach((g, k) => {
      if (status[k] !== 'sent') return;
      const introId = ids[k]!.id;
      const answerRate = 0.45 + (0.35 * r) / Math.max(1, options.rounds - 1);
      for (const p of g) {
        if (rng() > answerRate) continue;
        const roll = rng();
        const genuine = 0.35 + (0.25 * r) / Math.max(1, options.rounds - 1);
        answers.push([
          introId,
          p.id,
          'initial',
          roll < genuine ? 'genuine' : roll < genuine + 0.35 ? 'transactional' : 'no_show',
        ]);
        if (r < options.rounds - 2 && rng() < 0.6)
          answers.push([introId, p.id, 'checkin', rng() < 0.55 ? 'in_touch' : 'not_in_touch']);
      }
    });
    if (answers.length > 0) {
      await db.query(
        `INSERT INTO feedback (intro_id, member_id, kind, answer, source, created_at, updated_at)
         SELECT u.i, u.m, u.k, u.a, 'reaction', $5, $5 FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS u(i, m, k, a)`,
        [
          answers.map((a) => a[0]),
          answers.map((a) => a[1]),
          answers.map((a) => a[2]),
          answers.map((a) => a[3]),
          new Date(at.getTime() + 2 * 86_400_000),
        ],
      );
    }
    if (sitter) {
      await db.query(
        `INSERT INTO outbox (community_id, member_id, kind, payload, dedupe_key, created_at)
         VALUES ($1, $2, 'notice', $3, $4, $5)`,
        [
          communityId,
          sitter.id,
          JSON.stringify({ code: 'match.no_eligible_partner', text: '…' }),
          `notice:sat_out:${roundId}:${sitter.id}`,
          at,
        ],
      );
    }
    await db.query(`UPDATE rounds SET stats = $2 WHERE id = $1`, [
      roundId,
      JSON.stringify({
        roundId,
        intros: groups.length,
        trios: groups.filter((g) => g.length === 3).length,
        satOut: sitter ? 1 : 0,
        eligible: present.length + (sitter ? 1 : 0),
      }),
    ]);
    intros += groups.length;
    pairs += groups.reduce((s, g) => s + (g.length === 3 ? 3 : 1), 0);
  }
  return { communityId, memberIds, roundIds, intros, pairs };
}
