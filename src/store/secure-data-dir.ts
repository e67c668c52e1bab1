import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Opens the embedded database in a directory readable by its owner only. PGlite writes its
 * files 0666 under the process umask, and the WAL holds members' profiles: the directory is
 * created 0700 (or tightened, for one made by an older version), every file in it is made
 * 0600 before and again after `open` (which writes files of its own), and anything PGlite
 * writes later sits inside a directory nobody else can enter. Symbolic links are left
 * alone, since chmod would follow them.
 */
export async function secureDataDir<T>(dataDir: string, open: () => Promise<T>): Promise<T> {
  await mkdir(dataDir, { recursive: true, mode: DIR_MODE });
  await tighten(dataDir);
  const opened = await open();
  await tighten(dataDir);
  return opened;
}

async function tighten(path: string): Promise<void> {
  const stat = await lstat(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== DIR_MODE) await chmod(path, DIR_MODE);
    for (const entry of await readdir(path)) await tighten(join(path, entry));
    return;
  }
  if ((stat.mode & 0o077) !== 0) await chmod(path, stat.mode & FILE_MODE);
}
