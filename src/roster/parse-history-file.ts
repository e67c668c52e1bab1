import { z } from 'zod';
import type { PastIntro } from '../matching/types.ts';
import { issueMessage } from './issue-message.ts';
import { jsonError } from './json-error.ts';
import { notAnArrayMessage } from './not-an-array-message.ts';
import { readRosterText } from './read-roster-text.ts';

const introSchema = z.strictObject({
  round: z.string({ error: 'round must be a string' }).min(1, { error: 'round must not be empty' }),
  members: z
    .array(z.string({ error: 'each member must be an id string' }), {
      error: 'members must be a list of ids',
    })
    .min(2, { error: 'an introduction needs at least 2 members' }),
  feedback: z
    .record(
      z.string(),
      z.enum(['genuine', 'transactional', 'no_show'], {
        error: 'feedback must be genuine, transactional or no_show',
      }),
    )
    .optional(),
});

export type ParsedHistory = { ok: true; history: PastIntro[] } | { ok: false; message: string };

/**
 * Reads a `kindred match` history file (bytes or text, decoded as members files are): a
 * JSON array of past introductions, oldest first. Every member named must be in the
 * roster, and feedback may only come from the introduction's own members; the first
 * problem is reported with its entry index.
 */
export function parseHistoryFile(
  content: string | Uint8Array,
  file: string,
  roster: ReadonlySet<string>,
): ParsedHistory {
  const read = readRosterText(content);
  if (!read.ok) return { ok: false, message: `${file}: ${read.message}` };
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const csv = /^\s*[A-Za-z_]/.test(text) ? ' (the history file is JSON, not CSV)' : '';
    return { ok: false, message: `${file}: ${jsonError(text, error)}${csv}` };
  }
  if (!Array.isArray(data))
    return { ok: false, message: `${file}: ${notAnArrayMessage(data, 'past introductions')}` };
  const history: PastIntro[] = [];
  for (const [i, entry] of data.entries()) {
    const at = `${file} entry [${i}]`;
    const parsed = introSchema.safeParse(entry);
    if (!parsed.success) return { ok: false, message: `${at}: ${issueMessage(parsed.error)}` };
    const intro = parsed.data;
    const stranger = intro.members.find((id) => !roster.has(id));
    if (stranger !== undefined)
      return { ok: false, message: `${at}: member "${stranger}" is not in the members file` };
    const outsider = Object.keys(intro.feedback ?? {}).find((id) => !intro.members.includes(id));
    if (outsider !== undefined) {
      return {
        ok: false,
        message: `${at}: feedback from "${outsider}", who is not a member of this introduction`,
      };
    }
    history.push(intro.feedback ? intro : { round: intro.round, members: intro.members });
  }
  return { ok: true, history };
}
