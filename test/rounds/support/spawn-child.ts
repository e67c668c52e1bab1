import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./round-child.ts', import.meta.url));

/** Starts a rounds process (see round-child.ts) with its settings in the environment. */
export function spawnRoundChild(mode: 'tick' | 'worker', env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** The posting log a child writes: counts per kind of line. */
export function readPosts(file: string) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const of = (kind: string) => lines.filter((l) => l.startsWith(`${kind} `)).map((l) => l.split(' ')[1]!);
  const startedAt = lines.filter((l) => l.startsWith('start ')).map((l) => Number(l.split(' ')[3]));
  return {
    started: of('start'),
    startedAt,
    posted: of('post'),
    duplicates: of('dup'),
    ready: of('ready').length,
  };
}

/** Polls until `done` holds, or throws after `ms`. */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
