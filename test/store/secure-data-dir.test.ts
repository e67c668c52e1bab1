import { chmod, lstat, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/open-db.ts';
import { secureDataDir } from '../../src/store/secure-data-dir.ts';

const modeOf = async (path: string) => (await lstat(path)).mode & 0o777;

async function everyPath(dir: string): Promise<string[]> {
  const out = [dir];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await everyPath(path)));
    else if (!entry.isSymbolicLink()) out.push(path);
  }
  return out;
}

describe('secureDataDir', () => {
  const roots: string[] = [];
  afterEach(async () => {
    for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
  });
  const scratch = async () => {
    const root = await mkdtemp(join(tmpdir(), 'kindred-dir-'));
    roots.push(root);
    return root;
  };

  it('creates a missing directory, and its parents, readable by the owner only', async () => {
    const dir = join(await scratch(), 'a', 'data');
    await secureDataDir(dir, async () => undefined);
    expect(await modeOf(dir)).toBe(0o700);
  });

  it('tightens a directory and files that an earlier start left open to everyone', async () => {
    const dir = join(await scratch(), 'data');
    await mkdir(join(dir, 'pg_wal'), { recursive: true, mode: 0o755 });
    await chmod(dir, 0o755);
    await writeFile(join(dir, 'PG_VERSION'), '18', { mode: 0o666 });
    await writeFile(join(dir, 'pg_wal', '000001'), 'wal', { mode: 0o644 });
    await chmod(join(dir, 'PG_VERSION'), 0o666);
    await writeFile(join(dir, 'run.sh'), '', { mode: 0o755 });
    await chmod(join(dir, 'run.sh'), 0o755);
    await secureDataDir(dir, async () => undefined);
    expect(await modeOf(dir)).toBe(0o700);
    expect(await modeOf(join(dir, 'pg_wal'))).toBe(0o700);
    expect(await modeOf(join(dir, 'PG_VERSION'))).toBe(0o600);
    expect(await modeOf(join(dir, 'pg_wal', '000001'))).toBe(0o600);
    expect(await modeOf(join(dir, 'run.sh'))).toBe(0o600);
  });

  it('opens only after the directory is tight, and tightens what opening wrote', async () => {
    const dir = join(await scratch(), 'data');
    const opened = await secureDataDir(dir, async () => {
      const before = await modeOf(dir);
      await writeFile(join(dir, 'written-while-opening'), '', { mode: 0o666 });
      return before;
    });
    expect(opened).toBe(0o700);
    expect(await modeOf(join(dir, 'written-while-opening'))).toBe(0o600);
  });

  it('leaves what a symbolic link points at untouched', async () => {
    const root = await scratch();
    const outside = join(root, 'outside.txt');
    await writeFile(outside, 'x');
    await chmod(outside, 0o644);
    const dir = join(root, 'data');
    await mkdir(dir);
    await symlink(outside, join(dir, 'link'));
    await secureDataDir(dir, async () => undefined);
    expect(await modeOf(outside)).toBe(0o644);
  });

  it('GIVEN the embedded database opened on a new directory THEN nothing in it is readable by others', async () => {
    const dir = join(await scratch(), 'kindred');
    const loose = async () => {
      const found = [];
      for (const path of await everyPath(dir)) if ((await modeOf(path)) & 0o077) found.push(path);
      return found;
    };
    const db = await openDb({ dataDir: dir });
    expect(await loose()).toEqual([]);
    await db.close();
    const reopened = await openDb({ dataDir: dir });
    expect(await loose()).toEqual([]);
    await reopened.close();
    expect(await modeOf(dir)).toBe(0o700);
  }, 60_000);
});
