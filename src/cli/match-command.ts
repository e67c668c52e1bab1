import { nameMentionTokens } from '../domain/mention-token.ts';
import { matchMembers } from '../matching/match-members.ts';
import type { MatchResult, PastIntro } from '../matching/types.ts';
import { MATCH_USAGE, parseMatchArgs } from './match-args.ts';
import { parseHistoryFile } from './match-history-file.ts';
import { parseMembersFile } from './match-members-file.ts';
import { formatMatchText } from './match-text-output.ts';

/** What `kindred match` needs from the outside world; tests pass plain objects. */
export interface MatchCommandIo {
  readFile(path: string): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Reference instant for time-zone offsets (daylight saving); defaults to now. */
  now?: () => Date;
}

/** Exit code for bad arguments or input files. */
export const EXIT_BAD_INPUT = 2;

async function read(io: MatchCommandIo, path: string, what: string): Promise<string | { error: string }> {
  try {
    return await io.readFile(path);
  } catch (error) {
    return {
      error: `cannot read ${what} file "${path}": ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The contract's JSON shape, keys in its order; `why` and `code` ride along. */
function toJson(result: MatchResult, names: ReadonlyMap<string, string>): string {
  const out = {
    groups: result.groups.map((g) => ({
      members: g.members,
      score: g.score,
      shared: { hobbies: g.shared.hobbies, volunteer: g.shared.volunteer },
      ...(g.sharedBy ? { sharedBy: g.sharedBy } : {}),
      icebreaker: g.icebreaker,
      why: nameMentionTokens(g.why, (id) => names.get(id) || id),
    })),
    unmatched: result.unmatched.map((u) => ({ id: u.id, reason: u.reason, code: u.code })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * `kindred match --members FILE [--history FILE] [--seed N] [--cooldown N] [--format json|text]`:
 * matches a roster offline and prints the groups. Returns the exit code: 0 on success
 * (even if someone sits out), 2 with one clear message on stderr for bad arguments or input.
 */
export async function runMatchCommand(args: string[], io: MatchCommandIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`kindred match: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  const parsed = parseMatchArgs(args);
  if (!parsed.ok) return fail(`${parsed.message}\n${MATCH_USAGE}`);
  if ('help' in parsed) {
    io.stdout(`${MATCH_USAGE}\n`);
    return 0;
  }
  const { members: membersPath, history: historyPath, seed, cooldown, format } = parsed.args;

  const membersText = await read(io, membersPath, 'members');
  if (typeof membersText !== 'string') return fail(membersText.error);
  const members = parseMembersFile(membersText, membersPath);
  if (!members.ok) return fail(members.message);

  let history: PastIntro[] = [];
  if (historyPath !== null) {
    const historyText = await read(io, historyPath, 'history');
    if (typeof historyText !== 'string') return fail(historyText.error);
    const parsedHistory = parseHistoryFile(
      historyText,
      historyPath,
      new Set(members.members.map((m) => m.id)),
    );
    if (!parsedHistory.ok) return fail(parsedHistory.message);
    history = parsedHistory.history;
  }

  const result = matchMembers(members.members, {
    history,
    seed,
    cooldown,
    now: (io.now ?? (() => new Date()))(),
  });
  const names = new Map(members.members.map((m) => [m.id, m.name ?? '']));
  if (format === 'json') io.stdout(toJson(result, names));
  else io.stdout(formatMatchText(result, names));
  return 0;
}
