import { nameMentionTokens } from '../domain/mention-token.ts';
import { matchMembers } from '../matching/match-members.ts';
import { mulberry32 } from '../matching/random.ts';
import { learnPairModel } from '../rounds/learn/learn-pair-model.ts';
import { roundScorer } from '../rounds/learn/round-scorer.ts';
import type { MatchResult, PastIntro } from '../matching/types.ts';
import { parseHistoryFile } from '../roster/parse-history-file.ts';
import { parseMembersFile } from '../roster/parse-members-file.ts';
import { MATCH_USAGE, parseMatchArgs } from './match-args.ts';
import { matchHelp } from './match-help.ts';
import { formatMatchText } from './match-text-output.ts';

/** What `kindred match` needs from the outside world; tests pass plain objects. */
export interface MatchCommandIo {
  readFile(path: string): Promise<string>;
  /** The file's bytes, so its encoding can be checked; without it, `readFile`'s text is used. */
  readBytes?(path: string): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Reference instant for time-zone offsets (daylight saving); defaults to now. */
  now?: () => Date;
}

// The draw gets its own stream, so it does not repeat the matcher's own use of the seed.
const hashSeed = (seed: number) => (seed ^ 0x5bd1e995) >>> 0;

/** Exit code for bad arguments or input files. */
export const EXIT_BAD_INPUT = 2;

async function read(
  io: MatchCommandIo,
  path: string,
  what: string,
): Promise<{ ok: true; content: string | Uint8Array } | { ok: false; error: string }> {
  try {
    return { ok: true, content: io.readBytes ? await io.readBytes(path) : await io.readFile(path) };
  } catch (error) {
    return {
      ok: false,
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
    io.stdout(matchHelp());
    return 0;
  }
  const { members: membersPath, history: historyPath, seed, cooldown, groupSize, format } = parsed.args;

  const membersFile = await read(io, membersPath, 'members');
  if (!membersFile.ok) return fail(membersFile.error);
  const members = parseMembersFile(membersFile.content, membersPath);
  if (!members.ok) return fail(members.message);

  let history: PastIntro[] = [];
  if (historyPath !== null) {
    const historyFile = await read(io, historyPath, 'history');
    if (!historyFile.ok) return fail(historyFile.error);
    const parsedHistory = parseHistoryFile(
      historyFile.content,
      historyPath,
      new Set(members.members.map((m) => m.id)),
    );
    if (!parsedHistory.ok) return fail(parsedHistory.message);
    history = parsedHistory.history;
  }

  const now = (io.now ?? (() => new Date()))();
  // The same learner as a scheduled round: fitted on the history's answers, one Thompson
  // draw seeded by --seed, and rarity alone when nobody has answered yet.
  const model = learnPairModel({ members: members.members, intros: history, now });
  const scorer = roundScorer(model, mulberry32(hashSeed(seed)));
  const result = matchMembers(members.members, { history, seed, cooldown, groupSize, now, scorer });
  const names = new Map(members.members.map((m) => [m.id, m.name ?? '']));
  if (format === 'json') io.stdout(toJson(result, names));
  else io.stdout(formatMatchText(result, names));
  return 0;
}
