/**
 * `npm run bench:start`: how fast the built `kindred` starts and how much it holds, each
 * figure beside a floor measured in the same run (`node -e 0`, PGlite alone). Runs the
 * compiled code in dist/ (`npm run build` first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticMembers } from './synthetic-community.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kindred-bench-start-'));
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LOG_LEVEL: 'warn' };

function progress<T>(what: string, fn: () => T): T {
  process.stderr.write(`  measuring ${what.replace(work, '…')}\n`);
  return fn();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timeCommand(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const timeMedian = (args: string[], n = runs) =>
  progress(args.join(' '), () => median(Array.from({ length: n }, () => timeCommand(args))));

function pgliteAlone(dir: string, settleMs = 0): { ms: number; rssMb: number } {
  const out = spawnSync(
    process.execPath,
    [join(root, 'bench/support/pglite-alone.mjs'), dir, String(settleMs)],
    {
      cwd: root,
      env,
    },
  );
  if (out.status !== 0) throw new Error(`PGlite alone failed: ${out.stderr}`);
  return JSON.parse(out.stdout.toString()) as { ms: number; rssMb: number };
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

/** `kindred serve` on a data directory until /healthz answers; then idle RSS, then SIGTERM. */
async function serveToHealthz(dataDir: string): Promise<{ ms: number; idleRssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/kindred.js', 'serve'], {
    cwd: root,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', KINDRED_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let port: number | undefined;
  while (port === undefined) {
    const match = /"port":(\d+)[^\n]*listening on/.exec(out);
    if (match) port = Number(match[1]);
    else if (child.exitCode !== null) throw new Error(`serve exited:\n${out}`);
    else await new Promise((resolve) => setTimeout(resolve, 10));
  }
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const ms = performance.now() - started;
  // Idle: after the start-up garbage has had a few seconds to be collected.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const idleRssMb = rssMb(child.pid!);
  child.kill('SIGTERM');
  await exited;
  return { ms, idleRssMb };
}

try {
  const roster = (n: number) => {
    const file = join(work, `members-${n}.json`);
    writeFileSync(file, JSON.stringify(syntheticMembers({ members: n, seed: 7 })));
    return file;
  };
  const m1k = roster(1_000);
  const m10k = roster(10_000);

  const nodeFloor = timeMedian(['-e', '0']);
  const help = timeMedian(['bin/kindred.js', '--help']);
  const match1k = timeMedian(['bin/kindred.js', 'match', '--members', m1k, '--format', 'json'], 3);
  const match10k = timeMedian(['bin/kindred.js', 'match', '--members', m10k, '--format', 'json'], 3);

  const aloneDir = join(work, 'pglite-alone');
  const aloneCreate = progress('PGlite alone creating', () => pgliteAlone(aloneDir));
  const aloneReopen = progress('PGlite alone reopening', () => pgliteAlone(aloneDir, 5_000));
  const kindredDir = join(work, 'kindred');
  const first = await progress('first start', () => serveToHealthz(kindredDir));
  const second = await progress('second start', () => serveToHealthz(kindredDir));

  const rows: [string, string, string, string][] = [
    ['kindred --help', s(help), 'node -e 0', s(nodeFloor)],
    ['kindred match, 1,000 members', s(match1k), 'node -e 0', s(nodeFloor)],
    ['kindred match, 10,000 members', s(match10k), 'node -e 0', s(nodeFloor)],
    [
      'first start -> /healthz (new embedded DB)',
      s(first.ms),
      'PGlite alone creating a cluster',
      s(aloneCreate.ms),
    ],
    ['second start -> /healthz', s(second.ms), 'PGlite alone reopening it', s(aloneReopen.ms)],
    [
      'idle RSS after start (embedded DB)',
      `${second.idleRssMb.toFixed(0)} MB`,
      'PGlite alone, reopened',
      `${aloneReopen.rssMb.toFixed(0)} MB`,
    ],
    [
      'idle RSS after the first start',
      `${first.idleRssMb.toFixed(0)} MB`,
      'PGlite alone, after creating',
      `${aloneCreate.rssMb.toFixed(0)} MB`,
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`kindred start-up (median of ${runs} runs for commands, 3 for match, 1 for starts)`);
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  |  '));
} finally {
  rmSync(work, { recursive: true, force: true });
}
