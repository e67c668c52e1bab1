/**
 * `npm run bench:ack`: signed `/intro` slash commands at `POST /slack/events`, open loop
 * (each request leaves at its scheduled time whether or not earlier ones were answered),
 * at 200 req/s and then doubling, against the built `kindred serve` and against a bare
 * Bolt app on the same requests; on embedded PGlite, and on PostgreSQL when DATABASE_URL
 * is set. Latency counts from the scheduled send time. Prints p50/p99/max per rate and the
 * highest rate held with p99 < 1 s and no errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startFakeSlack } from '../test/fakes/slack/fake-slack-api.ts';
import { signedHeaders, slashCommand } from '../test/fakes/slack/signed-requests.ts';
import { withDatabase } from '../test/support/database-url.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TEAM = 'T0BENCH01';
const SECRET = 'kindred-bench-signing-secret';
const STEP_SECONDS = Number(process.env['BENCH_STEP_SECONDS'] ?? 5);
const MAX_RATE = Number(process.env['BENCH_MAX_RATE'] ?? 3_200);
const USERS = Array.from({ length: 50 }, (_, i) => `U0BENCH${String(i).padStart(3, '0')}`);
const WORDS = ['profile', 'hobbies hiking, chess, jazz', 'volunteer food bank', 'help'];

interface Step {
  rate: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  sent: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

function post(url: URL, userId: string, text: string, responseUrl: string): Promise<boolean> {
  const req = slashCommand({ teamId: TEAM, userId, text, responseUrl });
  const headers = signedHeaders(req, { secret: SECRET });
  return new Promise((resolve) => {
    const r = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(req.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
      },
    );
    r.setTimeout(10_000, () => r.destroy());
    r.on('error', () => resolve(false));
    r.end(req.body);
  });
}

async function step(url: URL, rate: number, responseUrl: string): Promise<Step> {
  const total = Math.round(rate * STEP_SECONDS);
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total;) {
    const now = performance.now();
    while (i < total && t0 + (i * 1000) / rate <= now) {
      const scheduled = t0 + (i * 1000) / rate;
      const n = i;
      inFlight.push(
        post(url, USERS[n % USERS.length]!, WORDS[n % WORDS.length]!, responseUrl).then((ok) => {
          latencies.push(performance.now() - scheduled);
          if (!ok) errors += 1;
        }),
      );
      i += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rate, p50: at(0.5), p99: at(0.99), max: latencies.at(-1)!, errors, sent: total };
}

async function ramp(url: URL, responseUrl: string): Promise<Step[]> {
  const steps: Step[] = [];
  for (let rate = 200; rate <= MAX_RATE; rate *= 2) {
    const result = await step(url, rate, responseUrl);
    process.stderr.write(`  ${rate} req/s: p99 ${result.p99.toFixed(0)} ms, ${result.errors} errors\n`);
    steps.push(result);
    if (result.p99 >= 1_000 || result.errors > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return steps;
}

function startChild(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = ready.exec(out);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });

const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(8);
const held = (steps: Step[]) => {
  const ok = steps.filter((s) => s.p99 < 1_000 && s.errors === 0);
  return ok.length > 0 ? `${ok.at(-1)!.rate} req/s` : 'none';
};

async function compare(label: string, dbEnv: Record<string, string>): Promise<void> {
  const fake = await startFakeSlack({
    teamId: TEAM,
    users: USERS.map((id) => ({ id, name: id.toLowerCase() })),
  });
  const slackEnv = {
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  const responseUrl = fake.responseUrl('bench');
  try {
    process.stderr.write(`${label}: bare Bolt\n`);
    const bare = await startChild(
      ['--import', 'tsx', 'bench/support/bare-bolt.ts'],
      slackEnv,
      /listening (\d+)/,
    );
    const bareSteps = await ramp(new URL(`http://127.0.0.1:${bare.port}/slack/events`), responseUrl);
    await stopChild(bare.child);

    // Kindred's own log line names the port (warn and above would hide it).
    const kindred = await startChild(
      ['bin/kindred.js', 'serve'],
      { ...slackEnv, ...dbEnv, LOG_LEVEL: 'info' },
      /"port":(\d+)[^\n]*listening on/,
    );
    process.stderr.write(`${label}: kindred serve\n`);
    const url = new URL(`http://127.0.0.1:${kindred.port}/slack/events`);
    for (const user of USERS) await post(url, user, 'join', responseUrl);
    const kindredSteps = await ramp(url, responseUrl);
    await stopChild(kindred.child);

    console.log(`\n/intro ack latency on ${label} (open loop, ${STEP_SECONDS} s per rate)`);
    console.log(
      '   rate  |  kindred p50      p99      max  err  |  bare Bolt p50      p99      max  err  | p99 ratio',
    );
    for (let i = 0; i < Math.max(bareSteps.length, kindredSteps.length); i++) {
      const k = kindredSteps[i];
      const b = bareSteps[i];
      const rate = (k ?? b)!.rate;
      const cells = (s: Step | undefined) =>
        s ? `${ms(s.p50)} ${ms(s.p99)} ${ms(s.max)} ${String(s.errors).padStart(4)}` : ' '.repeat(31);
      const ratio = k && b ? `${(k.p99 / b.p99).toFixed(2)}x` : '';
      console.log(`${String(rate).padStart(6)}/s | ${cells(k)}  | ${cells(b)}      | ${ratio}`);
    }
    console.log(
      `highest rate held (p99 < 1 s, no errors): kindred ${held(kindredSteps)}, bare Bolt ${held(bareSteps)}`,
    );
  } finally {
    await fake.stop();
  }
}

const work = mkdtempSync(join(tmpdir(), 'kindred-bench-ack-'));
try {
  await compare('embedded PGlite', { KINDRED_DATA_DIR: join(work, 'data') });
  const server = process.env['DATABASE_URL'];
  if (server) {
    const name = `kindred_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      await compare('PostgreSQL', { DATABASE_URL: withDatabase(server, name) });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL to run it)');
  }
} finally {
  agent.destroy();
  rmSync(work, { recursive: true, force: true });
}
