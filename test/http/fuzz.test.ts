import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, randomInt, type Rng } from '../../src/matching/random.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack-api.ts';
import { slackSignature } from '../fakes/slack/signed-requests.ts';
import { rawRequest, requestHead } from '../support/raw-http.ts';
import { createTestDb, DRIVERS, type TestDb } from '../support/test-db.ts';
import { startServe, type ServeProcess } from '../support/start-serve.ts';

const SECRET = 'fuzz-signing-secret';
const ADMIN = 'fuzz-admin-token-0123456789abcdef';
const pick = <T>(rng: Rng, items: readonly T[]): T => items[randomInt(rng, items.length)]!;

// Pieces that have broken URL parsers, routers and lookups before.
const SEGMENTS = [
  'admin',
  'c',
  '1',
  '2',
  '0',
  '99999999999999999999',
  'members',
  'rounds',
  'round',
  'preview',
  'interests',
  'graph',
  'export',
  'import',
  'login',
  'logout',
  'constructor.json',
  '__proto__',
  'toString',
  'valueOf.csv',
  'members.csv',
  'history.json',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '..',
  '.',
  '',
  'x'.repeat(300),
  '\\x:99999',
  '[',
  ':99999',
  'ü',
  '%C0%AF',
  'slack',
  'events',
  'healthz',
  'metrics',
  'readyz',
];
const FIXED_TARGETS = [
  '//x:99999',
  '//[',
  '//%',
  '/\\x:99999',
  '//',
  '/%',
  '*',
  '/admin/%',
  '/admin/c/1/%E0%A4%A',
];

function target(rng: Rng): string {
  const parts = Array.from({ length: 1 + randomInt(rng, 5) }, () => pick(rng, SEGMENTS));
  const prefix = pick(rng, ['/', '//', '/admin/', '/admin/c/1/', '/admin/c/1/export/', '/\\']);
  const query =
    rng() < 0.4
      ? `?${pick(rng, ['page', 'q', 'sort', 'status', '__proto__', 'next'])}=${pick(rng, SEGMENTS)}`
      : '';
  return `${prefix}${parts.join('/')}${query}`;
}

function json(rng: Rng, depth = 0): unknown {
  const leaves = [null, true, 0, -1, 1e308, '', 'x', '\u0000', '__proto__', 'event_callback', [], {}];
  if (depth > 2 || rng() < 0.4) return pick(rng, leaves);
  if (rng() < 0.3) return Array.from({ length: randomInt(rng, 3) }, () => json(rng, depth + 1));
  const keys = [
    'type',
    'event',
    'event_id',
    'team_id',
    'item',
    'user',
    'reaction',
    'channel',
    'ts',
    'tokens',
    'actions',
    'view',
    'team',
    'payload',
    'challenge',
    'tab',
    '__proto__',
    'constructor',
  ];
  return Object.fromEntries(
    Array.from({ length: randomInt(rng, 5) }, () => [pick(rng, keys), json(rng, depth + 1)]),
  );
}

/** Bodies Slack never sends, from the documented shapes with parts missing, mistyped or hostile. */
function slackBody(rng: Rng): { type: string; body: string } {
  const form = 'application/x-www-form-urlencoded';
  const event = (e: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: 'event_callback',
      event_id: `Ev${randomInt(rng, 1e6)}`,
      team_id: 'T0FUZZ',
      event: e,
      ...extra,
    });
  const command = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const choices: Array<() => { type: string; body: string }> = [
    () => ({ type: 'application/json', body: 'null' }),
    () => ({ type: form, body: 'payload=null' }),
    () => ({ type: form, body: `payload=${encodeURIComponent(JSON.stringify(json(rng)))}` }),
    () => ({ type: 'application/json', body: JSON.stringify(json(rng)) }),
    () => ({ type: 'application/json', body: pick(rng, ['[]', '1', '"x"', '{', '', 'true']) }),
    () => ({
      type: 'application/json',
      body: event({ type: 'reaction_added', user: 'U1', reaction: 'handshake' }),
    }),
    () => ({
      type: 'application/json',
      body: event({ type: 'reaction_added', user: 'U1', reaction: 'handshake', item: json(rng) }),
    }),
    () => ({
      type: 'application/json',
      body: JSON.stringify({
        type: 'event_callback',
        team_id: 'T0FUZZ',
        event: {
          type: 'reaction_added',
          user: 'U1',
          reaction: 'handshake',
          item: { type: 'message', channel: 'D1', ts: '1.2' },
        },
      }),
    }),
    () => ({
      type: 'application/json',
      body: event({
        type: pick(rng, ['app_home_opened', 'tokens_revoked', 'app_uninstalled', 'reaction_removed']),
        ...(json(rng) as object),
      }),
    }),
    () => ({
      type: form,
      body: command({
        command: '/intro',
        text: pick(rng, ['join', 'hobbies \u0000chess', 'admin round', 'help', 'constructor', '']),
        team_id: 'T0FUZZ',
        user_id: `U${randomInt(rng, 50)}`,
        user_name: pick(rng, ['ann\u0000ie', 'bob', '']),
        response_url: 'http://127.0.0.1:1/none',
        trigger_id: '1.2.3',
      }),
    }),
    () => ({ type: form, body: command({ command: '/intro', team_id: 'T0FUZZ' }) }),
    () => ({ type: form, body: command({ [pick(rng, ['a', 'command', 'text'])]: pick(rng, SEGMENTS) }) }),
    () => ({
      type: form,
      body: `payload=${encodeURIComponent(JSON.stringify({ type: pick(rng, ['block_actions', 'view_submission', 'shortcut']), user: { id: 'U1' }, ...(json(rng) as object) }))}`,
    }),
  ];
  return pick(rng, choices)();
}

describe.each(DRIVERS)('no request takes Kindred down on %s', (driver) => {
  let fake: FakeSlack;
  let database: TestDb | undefined;
  let serve: ServeProcess;
  let port: number;
  const dataDir = join(mkdtempSync(join(tmpdir(), 'kindred-fuzz-')), 'data');

  beforeAll(async () => {
    fake = await startFakeSlack({});
    // On PostgreSQL the server gets a database of its own (this side's pool stays unused).
    if (driver === 'pg') database = await createTestDb('pg');
    serve = startServe({
      ...(database?.url ? { DATABASE_URL: database.url } : {}),
      KINDRED_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ADMIN_TOKEN: ADMIN,
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    port = await serve.listening;
  }, 120_000);
  afterAll(async () => {
    serve?.child.kill('SIGTERM');
    await serve?.exited;
    await fake?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signed = (type: string, body: string): Record<string, string> => {
    const ts = Math.floor(Date.now() / 1000);
    return {
      'content-type': type,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(SECRET, ts, body),
    };
  };

  it('GIVEN the requests that ended the process before THEN each is refused with a 4xx', async () => {
    for (const t of ['//x:99999', '//[', '//%', '/\\x:99999'])
      expect(await rawRequest(port, requestHead('GET', t)), t).toBe(400);
    const admin = { authorization: `Bearer ${ADMIN}` };
    for (const t of [
      '/admin/c/1/export/constructor.json',
      '/admin/c/1/export/__proto__',
      '/admin/c/1/export/toString',
    ])
      expect(await rawRequest(port, requestHead('GET', t, admin)), t).toBe(404);
    expect(await rawRequest(port, requestHead('GET', '/admin/c/1/export/%E0%A4%A', admin))).toBe(400);
    for (const [type, body] of [
      ['application/json', 'null'],
      ['application/x-www-form-urlencoded', 'payload=null'],
    ] as const)
      expect(
        await rawRequest(port, requestHead('POST', '/slack/events', signed(type, body), body.length), body),
        body,
      ).toBe(400);
    const noEventId = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FUZZ',
      event: { type: 'reaction_added' },
    });
    expect(
      await rawRequest(
        port,
        requestHead('POST', '/slack/events', signed('application/json', noEventId), noEventId.length),
        noEventId,
      ),
    ).toBe(400);
    const noItem = JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev1',
      team_id: 'T0FUZZ',
      event: { type: 'reaction_added', user: 'U1', reaction: 'handshake' },
    });
    expect(
      await rawRequest(
        port,
        requestHead('POST', '/slack/events', signed('application/json', noItem), noItem.length),
        noItem,
      ),
    ).toBe(200);
    const nul = new URLSearchParams({
      command: '/intro',
      text: 'join',
      team_id: 'T0FUZZ',
      user_id: 'U0NUL',
      user_name: 'a\u0000b',
      response_url: fake.responseUrl(),
      trigger_id: '1.2.3',
    }).toString();
    expect(
      await rawRequest(
        port,
        requestHead(
          'POST',
          '/slack/events',
          signed('application/x-www-form-urlencoded', nul),
          Buffer.byteLength(nul),
        ),
        nul,
      ),
    ).toBe(200);
  }, 120_000);

  it('GIVEN generated targets, headers and bodies on every route THEN every answer is below 500 and the process stays up', async () => {
    const rng = mulberry32(20261202);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const record = (status: number, what: string) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status <= 0 || status >= 500) failures.push(`${status} ${what.slice(0, 200)}`);
    };
    const garbageHeaders = (): Record<string, string> =>
      Object.fromEntries(
        Array.from({ length: randomInt(rng, 4) }, () => [
          pick(rng, [
            'content-type',
            'cookie',
            'authorization',
            'x-slack-request-timestamp',
            'x-slack-signature',
            'x-forwarded-for',
            'accept',
          ]),
          pick(rng, [
            '',
            'Bearer',
            `Bearer ${ADMIN}`,
            'kindred_session=x.y.z',
            'application/json',
            'application/x-www-form-urlencoded; charset=utf-8',
            'abc',
            '-1',
            '1e309',
            'v0=00',
            '%',
          ]),
        ]),
      );

    for (const t of FIXED_TARGETS) record(await rawRequest(port, requestHead('GET', t)), `GET ${t}`);
    for (let i = 0; i < 150; i++) {
      const method = pick(rng, ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
      const t = target(rng);
      const body = method === 'POST' ? JSON.stringify(json(rng)) : '';
      record(
        await rawRequest(port, requestHead(method, t, garbageHeaders(), Buffer.byteLength(body)), body),
        `${method} ${t}`,
      );
    }
    for (let i = 0; i < 250; i++) {
      const { type, body } = slackBody(rng);
      const headers = rng() < 0.85 ? signed(type, body) : { 'content-type': type, ...garbageHeaders() };
      record(
        await rawRequest(port, requestHead('POST', '/slack/events', headers, Buffer.byteLength(body)), body),
        `slack ${body}`,
      );
    }
    for (let i = 0; i < 200; i++) {
      const method = pick(rng, ['GET', 'GET', 'POST']);
      const t = `/admin/${Array.from({ length: 1 + randomInt(rng, 4) }, () => pick(rng, SEGMENTS)).join('/')}${rng() < 0.5 ? `?${pick(rng, ['page=-1', 'page=abc', 'q=%', 'sort=__proto__', 'next=//evil', 'status=constructor'])}` : ''}`;
      const body =
        method === 'POST'
          ? new URLSearchParams({
              csrf: pick(rng, SEGMENTS),
              [pick(rng, SEGMENTS)]: pick(rng, SEGMENTS),
            }).toString()
          : '';
      const headers = {
        authorization: `Bearer ${ADMIN}`,
        'content-type': 'application/x-www-form-urlencoded',
        ...(rng() < 0.2 ? garbageHeaders() : {}),
      };
      record(
        await rawRequest(port, requestHead(method, t, headers, Buffer.byteLength(body)), body),
        `${method} ${t}`,
      );
    }
    const huge = Buffer.alloc(11 * 1024 * 1024, 'a');
    record(
      await rawRequest(
        port,
        requestHead('POST', '/slack/events', signed('application/json', 'x'), huge.length),
        huge,
        30_000,
      ),
      'huge body',
    );

    expect(failures).toEqual([]);
    expect(serve.child.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).not.toMatch(/kindred_process_errors_total\{[^}]*\} [1-9]/);
    expect(serve.output()).not.toMatch(/uncaught exception|unhandled promise rejection/);
  }, 300_000);
});
