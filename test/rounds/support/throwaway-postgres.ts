import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest PostgreSQL server binaries on this machine, if any. */
export function postgresBin(): string | undefined {
  const given = process.env['KINDRED_PG_BIN'];
  if (given && existsSync(join(given, 'initdb'))) return given;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** initdb refuses root, so the cluster belongs to the postgres user; that needs root to arrange. */
export const canRunThrowawayPostgres = (): boolean => postgresBin() !== undefined && process.getuid?.() === 0;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * A PostgreSQL cluster of a test's own, on a free loopback port, that the test may stop
 * and start at will (never the shared development server).
 */
export async function startThrowawayPostgres() {
  const bin = postgresBin()!;
  const dir = mkdtempSync(join(tmpdir(), 'kindred-pg-'));
  chownSync(
    dir,
    Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  );
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' });
  asPostgres('initdb', ['-D', join(dir, 'data'), '-U', 'kindred', '--auth=trust']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const pgCtl = (...args: string[]) =>
    asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), ...args]);
  const start = () => pgCtl('-w', '-o', options, 'start');
  start();
  return {
    url: `postgres://kindred@127.0.0.1:${port}/postgres`,
    /** Stops at once, as a crash or a failover would: open connections are cut. */
    stop: () => pgCtl('-m', 'immediate', 'stop'),
    start,
    destroy() {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
