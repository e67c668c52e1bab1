import { csvRecords, type CsvErrorCode } from './csv.ts';
import type { RosterDecodeErrorCode } from './decode-roster-bytes.ts';
import { issueMessage } from './issue-message.ts';
import { jsonError } from './json-error.ts';
import { notAnArrayMessage } from './not-an-array-message.ts';
import { readRosterText } from './read-roster-text.ts';
import { rosterMemberProblem, type RosterRuleCode } from './roster-member-problem.ts';
import { LIST_FIELDS, MEMBER_FIELDS, rosterMemberSchema, type RosterMember } from './roster-member-schema.ts';
import { splitListCell } from './split-list-cell.ts';

export type MembersFileErrorCode =
  | RosterDecodeErrorCode
  | CsvErrorCode
  | RosterRuleCode
  | 'roster.json'
  | 'roster.not_array'
  | 'roster.header'
  | 'roster.invalid_member'
  | 'roster.duplicate_id';

export type ParsedMembers =
  /** `locations[i]` says where `members[i]` is: "line 7" (CSV) or "entry [3]" (JSON). */
  | { ok: true; members: RosterMember[]; locations: string[] }
  | { ok: false; code: MembersFileErrorCode; message: string };

type Failure = Extract<ParsedMembers, { ok: false }>;

/** Checks one member against the schema, the profile rules and the ids already seen. */
function accept(
  entry: unknown,
  where: { file: string; location: string; label: string },
  firstSeen: Map<string, string>,
): { ok: true; member: RosterMember } | Failure {
  const { file, location, label } = where;
  const parsed = rosterMemberSchema.safeParse(entry);
  if (!parsed.success)
    return { ok: false, code: 'roster.invalid_member', message: `${label}: ${issueMessage(parsed.error)}` };
  const problem = rosterMemberProblem(parsed.data);
  if (problem) return { ok: false, code: problem.code, message: `${label}: ${problem.message}` };
  const first = firstSeen.get(parsed.data.id);
  if (first !== undefined) {
    return {
      ok: false,
      code: 'roster.duplicate_id',
      message: `${file} ${location}: duplicate id "${parsed.data.id}" (first ${first.startsWith('line') ? 'on' : 'at'} ${first})`,
    };
  }
  firstSeen.set(parsed.data.id, location);
  return { ok: true, member: parsed.data };
}

function fromJson(text: string, file: string): ParsedMembers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'roster.json', message: `${file}: ${jsonError(text, error)}` };
  }
  if (!Array.isArray(data))
    return { ok: false, code: 'roster.not_array', message: `${file}: ${notAnArrayMessage(data, 'members')}` };
  const members: RosterMember[] = [];
  const locations: string[] = [];
  const firstSeen = new Map<string, string>();
  for (const [i, entry] of data.entries()) {
    const location = `entry [${i}]`;
    const id = typeof entry?.id === 'string' ? ` (id "${entry.id}")` : '';
    const accepted = accept(entry, { file, location, label: `${file} ${location}${id}` }, firstSeen);
    if (!accepted.ok) return accepted;
    members.push(accepted.member);
    locations.push(location);
  }
  return { ok: true, members, locations };
}

function fromCsv(text: string, file: string): ParsedMembers {
  const parsed = csvRecords(text);
  if (!parsed.ok) return { ok: false, code: parsed.code, message: `${file} ${parsed.message}` };
  const header = parsed.header.map((h) => h.toLowerCase());
  const refuse = (message: string): Failure => ({
    ok: false,
    code: 'roster.header',
    message: `${file} line 1: ${message}`,
  });
  const unknown = header.find((h) => !MEMBER_FIELDS.includes(h));
  if (unknown !== undefined)
    return refuse(`unknown column "${unknown}" (columns: ${MEMBER_FIELDS.join(', ')})`);
  const repeated = header.find((h, i) => header.indexOf(h) !== i);
  if (repeated !== undefined) return refuse(`column "${repeated}" appears twice`);
  if (!header.includes('id')) return refuse('the header needs an "id" column');

  const members: RosterMember[] = [];
  const locations: string[] = [];
  const firstSeen = new Map<string, string>();
  for (const { line, values } of parsed.records) {
    const entry: Record<string, unknown> = {};
    for (const [column, raw] of Object.entries(values)) {
      const key = column.toLowerCase();
      const value = raw.trim();
      if (LIST_FIELDS.has(key)) entry[key] = splitListCell(value);
      else if (key === 'priority')
        entry[key] = value === '' ? undefined : Number.isNaN(Number(value)) ? value : Number(value);
      else if (key === 'industry' || key === 'timezone') entry[key] = value === '' ? null : value;
      else if (key === 'name') entry[key] = value === '' ? undefined : value;
      else entry[key] = value;
    }
    const location = `line ${line}`;
    const accepted = accept(entry, { file, location, label: `${file} ${location}` }, firstSeen);
    if (!accepted.ok) return accepted;
    members.push(accepted.member);
    locations.push(location);
  }
  return { ok: true, members, locations };
}

/**
 * Reads a members file, as `kindred match --members` and the dashboard import both do:
 * bytes (UTF-8, or UTF-16 with a byte-order mark) or text; a JSON array (when it starts
 * with "[" or "{") or CSV with a header row, comma-, tab- or semicolon-separated as the
 * header shows, list cells split on `;` and `,`. Every member is checked against the
 * profile rules. The first problem is one message naming the file and the CSV line or
 * JSON entry at fault.
 */
export function parseMembersFile(content: string | Uint8Array, file: string): ParsedMembers {
  const read = readRosterText(content);
  if (!read.ok) return { ok: false, code: read.code, message: `${file}: ${read.message}` };
  const start = read.text.trimStart()[0];
  return start === '[' || start === '{' ? fromJson(read.text, file) : fromCsv(read.text, file);
}
