import { UNPACED } from '../../../../src/rounds/delivery/pacing/shared-pacer.ts';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import {
  createSlackAdapterFactory,
  type SlackAdapterOptions,
} from '../../../../adapters/slack/slack-platform.ts';
import { loadConfig } from '../../../../src/config.ts';
import { createLogger } from '../../../../src/log.ts';
import { startKindred, type RunningKindred } from '../../../../src/main.ts';
import type { Runtime, Service } from '../../../../src/runtime.ts';
import { startFakeSlack, type FakeSlack } from '../../../fakes/slack/fake-slack-api.ts';
import type { FakeUserInput } from '../../../fakes/slack/workspace.ts';
import {
  postSigned,
  slashCommand,
  type SignableRequest,
  type SignedResponse,
  type SignOptions,
} from '../../../fakes/slack/signed-requests.ts';
import { createTestDb, type Driver, type TestDb } from '../../../support/test-db.ts';

export const TEAM = 'T0KINDRED';
export const SECRET = 'kindred-slack-test-signing-secret';

export interface SlackHarnessOptions {
  driver: Driver;
  users: FakeUserInput[];
  /** Socket Mode (SLACK_APP_TOKEN) instead of HTTP. */
  socketMode?: boolean;
  admins?: string[];
  /** Services started after the adapter, as `kindred serve` starts the rounds services. */
  services?: (runtime: Runtime) => Service[];
  /** Pace delivery through the database as production does (off by default). */
  paced?: boolean;
  /** Kindred's clock (rounds started by an admin are keyed by the minute). */
  clock?: () => Date;
  /** Inbox retry policy over Socket Mode (defaults retry within seconds). */
  inbox?: SlackAdapterOptions['inbox'];
}

export interface SlackHarness {
  fake: FakeSlack;
  kindred: RunningKindred;
  runtime: Runtime;
  /** `http://127.0.0.1:PORT/slack/events` on Kindred's own server. */
  eventsUrl: string;
  /** Signs and POSTs like Slack does. */
  post(req: SignableRequest, opts?: Partial<SignOptions>): Promise<SignedResponse>;
  /** `/intro <text>` from a user: the HTTP answer, its JSON body and the command's response_url. */
  intro(
    userId: string,
    text: string,
  ): Promise<{
    status: number;
    body: { response_type?: string; text?: string };
    responseUrl: string;
    triggerId: string;
  }>;
  stop(): Promise<void>;
}

const run = promisify(execFile);

/**
 * A migrated database for a Kindred started the way `kindred serve` starts: PGlite from the
 * suite's migrated dump unpacked into a data directory (a cold PGlite start with initdb
 * takes far longer), or a PostgreSQL database copied from the template.
 */
async function database(driver: Driver): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (driver === 'pg') {
    const test: TestDb = await createTestDb('pg');
    // Kindred opens its own pool on the URL; this Db only dropped the database afterwards.
    return { env: { DATABASE_URL: test.url ?? '' }, drop: () => test.drop() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'kindred-slack-'));
  await run('tar', ['-xf', inject('pgliteDump'), '-C', dir]);
  return { env: { KINDRED_DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}

export async function startSlackHarness(opts: SlackHarnessOptions): Promise<SlackHarness> {
  const fake = await startFakeSlack({ teamId: TEAM, users: opts.users });
  const db = await database(opts.driver);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env['KINDRED_TEST_LOG_LEVEL'] ?? 'silent',
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_API_URL: fake.apiUrl,
    KINDRED_ADMINS: (opts.admins ?? []).join(','),
    ...(opts.socketMode ? { SLACK_APP_TOKEN: fake.appToken } : { SLACK_SIGNING_SECRET: SECRET }),
    ...db.env,
  });
  const kindred = await startKindred({
    config,
    log: createLogger(config.logLevel),
    // No SDK retries in tests: a fault a test injects is seen once, at once.
    // Pacing has tests of its own; here the clock may stand still.
    adapters: [
      createSlackAdapterFactory({
        clientOptions: { retryConfig: { retries: 0 } },
        pace: opts.paced ? {} : { pacer: UNPACED },
        ...(opts.inbox ? { inbox: opts.inbox } : {}),
      }),
    ],
    extraServices: opts.services,
    clock: opts.clock,
  });
  const eventsUrl = `http://127.0.0.1:${kindred.port}/slack/events`;
  const post = (req: SignableRequest, signOpts: Partial<SignOptions> = {}) =>
    postSigned(eventsUrl, req, { secret: SECRET, ...signOpts });
  return {
    fake,
    kindred,
    runtime: kindred.runtime,
    eventsUrl,
    post,
    async intro(userId, text) {
      const responseUrl = fake.responseUrl();
      const req = slashCommand({ teamId: TEAM, userId, text, responseUrl });
      const res = await post(req);
      const body = res.body ? (JSON.parse(res.body) as { response_type?: string; text?: string }) : {};
      return { status: res.status, body, responseUrl, triggerId: req.payload.trigger_id };
    },
    async stop() {
      await kindred.stop();
      await fake.stop();
      await db.drop();
    },
  };
}

/** Polls until `condition` holds (work that happens after an ack, or in the outbox). */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
