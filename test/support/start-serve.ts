import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServeProcess {
  child: ReturnType<typeof spawn>;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
  /** Resolves with the port once the log says it listens; rejects if it exits first. */
  listening: Promise<number>;
  output(): string;
}

/** Runs `kindred serve` as `npm start` does, in a process of its own, on a free loopback port. */
export function startServe(
  env: Record<string, string>,
  command: [string, ...string[]] = [process.execPath, 'bin/kindred.js', 'serve'],
): ServeProcess {
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"port":(\d+)[^\n]*listening on/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code} before listening:\n${out}`));
    });
  });
  listening.catch(() => {});
  return { child, exited, listening, output: () => out };
}
