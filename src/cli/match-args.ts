import { MAX_GROUP_SIZE, MIN_GROUP_SIZE } from '../matching/groups/group-sizes.ts';

/** What `kindred match` was asked to do. */
export interface MatchArgs {
  members: string;
  history: string | null;
  seed: number;
  cooldown: number;
  groupSize: number;
  format: 'json' | 'text';
}

export type ParsedMatchArgs =
  { ok: true; args: MatchArgs } | { ok: true; help: true } | { ok: false; message: string };

export const MATCH_USAGE =
  'usage: kindred match --members FILE [--history FILE] [--seed N] [--cooldown N] [--group-size N] [--format json|text]';

const FLAGS = new Set(['--members', '--history', '--seed', '--cooldown', '--group-size', '--format']);

function wholeNumber(flag: string, raw: string, min: number): number | string {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min) {
    return `${flag} needs a whole number${min === 0 ? ' of 0 or more' : ''}, got "${raw}"`;
  }
  return value;
}

/** Parses `--flag value` and `--flag=value` arguments; the first problem is the message. */
export function parseMatchArgs(argv: ReadonlyArray<string>): ParsedMatchArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!FLAGS.has(flag)) return { ok: false, message: `unknown argument "${arg}"` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      return { ok: false, message: `${flag} needs a value` };
    if (given.has(flag)) return { ok: false, message: `${flag} is given twice` };
    given.set(flag, value);
  }
  const members = given.get('--members');
  if (members === undefined || members === '') return { ok: false, message: '--members FILE is required' };
  const seed = wholeNumber('--seed', given.get('--seed') ?? '0', -Infinity);
  if (typeof seed === 'string') return { ok: false, message: seed };
  const cooldown = wholeNumber('--cooldown', given.get('--cooldown') ?? '6', 0);
  if (typeof cooldown === 'string') return { ok: false, message: cooldown };
  const rawSize = given.get('--group-size') ?? String(MIN_GROUP_SIZE);
  const groupSize = Number(rawSize);
  if (!/^\d+$/.test(rawSize.trim()) || groupSize < MIN_GROUP_SIZE || groupSize > MAX_GROUP_SIZE)
    return {
      ok: false,
      message: `--group-size needs a whole number from ${MIN_GROUP_SIZE} to ${MAX_GROUP_SIZE}, got "${rawSize}"`,
    };
  const format = given.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'text')
    return { ok: false, message: `--format must be json or text, got "${format}"` };
  return {
    ok: true,
    args: { members, history: given.get('--history') ?? null, seed, cooldown, groupSize, format },
  };
}
