import { csvRecords } from './csv.ts';
import { issueMessage } from './match-issue-message.ts';
import {
  LIST_FIELDS,
  MEMBER_FIELDS,
  matchMemberSchema,
  type MatchMemberInput,
} from './match-member-schema.ts';
import { jsonError } from './match-json-error.ts';

export type ParsedMembers = { ok: true; members: MatchMemberInput[] } | { ok: false; message: string };

function fromJson(text: string, file: string): ParsedMembers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${file}: ${jsonError(text, error)}` };
  }
  if (!Array.isArray(data)) return { ok: false, message: `${file}: expected a JSON array of members` };
  const members: MatchMemberInput[] = [];
  const firstSeen = new Map<string, number>();
  for (const [i, entry] of data.entries()) {
    const parsed = matchMemberSchema.safeParse(entry);
    const id = typeof entry?.id === 'string' ? ` (id "${entry.id}")` : '';
    if (!parsed.success)
      return { ok: false, message: `${file} entry [${i}]${id}: ${issueMessage(parsed.error)}` };
    const first = firstSeen.get(parsed.data.id);
    if (first !== undefined) {
      return {
        ok: false,
        message: `${file} entry [${i}]: duplicate id "${parsed.data.id}" (first at entry [${first}])`,
      };
    }
    firstSeen.set(parsed.data.id, i);
    members.push(parsed.data);
  }
  return { ok: true, members };
}

function fromCsv(text: string, file: string): ParsedMembers {
  const parsed = csvRecords(text);
  if (!parsed.ok) return { ok: false, message: `${file} ${parsed.message}` };
  const header = parsed.header.map((h) => h.toLowerCase());
  const unknown = header.find((h) => !MEMBER_FIELDS.includes(h));
  if (unknown !== undefined) {
    return {
      ok: false,
      message: `${file} line 1: unknown column "${unknown}" (columns: ${MEMBER_FIELDS.join(', ')})`,
    };
  }
  const repeated = header.find((h, i) => header.indexOf(h) !== i);
  if (repeated !== undefined)
    return { ok: false, message: `${file} line 1: column "${repeated}" appears twice` };
  if (!header.includes('id'))
    return { ok: false, message: `${file} line 1: the header needs an "id" column` };

  const members: MatchMemberInput[] = [];
  const firstSeen = new Map<string, number>();
  for (const { line, values } of parsed.records) {
    const entry: Record<string, unknown> = {};
    for (const [column, raw] of Object.entries(values)) {
      const key = column.toLowerCase();
      const value = raw.trim();
      if (LIST_FIELDS.has(key))
        entry[key] = value
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== '');
      else if (key === 'priority')
        entry[key] = value === '' ? undefined : Number.isNaN(Number(value)) ? value : Number(value);
      else if (key === 'industry' || key === 'timezone') entry[key] = value === '' ? null : value;
      else if (key === 'name') entry[key] = value === '' ? undefined : value;
      else entry[key] = value;
    }
    const member = matchMemberSchema.safeParse(entry);
    if (!member.success) return { ok: false, message: `${file} line ${line}: ${issueMessage(member.error)}` };
    const first = firstSeen.get(member.data.id);
    if (first !== undefined) {
      return {
        ok: false,
        message: `${file} line ${line}: duplicate id "${member.data.id}" (first on line ${first})`,
      };
    }
    firstSeen.set(member.data.id, line);
    members.push(member.data);
  }
  return { ok: true, members };
}

/**
 * Reads a `kindred match` members file: a JSON array (when the text starts with "[") or CSV
 * with a header row, list fields separated by ";". The first problem is reported as one
 * message naming the CSV line or JSON entry index at fault.
 */
export function parseMembersFile(text: string, file: string): ParsedMembers {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: `${file}: the file is empty` };
  return body.trimStart().startsWith('[') ? fromJson(body, file) : fromCsv(body, file);
}
