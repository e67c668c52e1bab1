import { parseMembersFile } from '../../../cli/match-members-file.ts';
import { parseInterestList } from '../../../interests/parse-interest-list.ts';
import { memberLocations } from './member-locations.ts';

/** One member ready to write: interests normalised as `/intro hobbies` would store them. */
export interface ImportRow {
  userId: string;
  name: string | null;
  hobbies: string[];
  volunteer: string[];
  industry: string | null;
  timezone: string | null;
  blocked: string[];
  priority: number | undefined;
}

export type Prepared = { ok: true; rows: ImportRow[] } | { ok: false; message: string };

/** Bounds the database and `/intro` enforce, checked here so the message can name the line. */
export const IMPORT_LIMITS = { rows: 20_000, name: 100, industry: 60, idLength: 64 } as const;

const INTEREST_PROBLEMS = {
  'interests.too_many': (limit: number) => `more than ${limit} interests`,
  'interests.too_long': (limit: number) => `an interest longer than ${limit} characters`,
} as const;

/**
 * Parses a members file in the `kindred match` format (CSV or JSON) with the same parser
 * as `kindred match`, then checks what a stored profile must satisfy. The first problem
 * comes back as one message naming the line (CSV) or entry (JSON) at fault.
 */
export function prepareImport(text: string, fileName: string): Prepared {
  const parsed = parseMembersFile(text, fileName);
  if (!parsed.ok) return parsed;
  if (parsed.members.length === 0) return { ok: false, message: `${fileName}: no members in the file` };
  if (parsed.members.length > IMPORT_LIMITS.rows) {
    return {
      ok: false,
      message: `${fileName}: ${parsed.members.length} members; import at most ${IMPORT_LIMITS.rows} at a time`,
    };
  }
  const where = memberLocations(text);
  const rows: ImportRow[] = [];
  for (const m of parsed.members) {
    const at = (problem: string) => ({
      ok: false as const,
      message: `${fileName} ${where.get(m.id) ?? `id "${m.id}"`}: ${problem}`,
    });
    if (m.id.length > IMPORT_LIMITS.idLength)
      return at(`id is longer than ${IMPORT_LIMITS.idLength} characters`);
    const name = m.name?.trim() || null;
    if (name && name.length > IMPORT_LIMITS.name)
      return at(`name is longer than ${IMPORT_LIMITS.name} characters`);
    const industry = m.industry?.trim() || null;
    if (industry && industry.length > IMPORT_LIMITS.industry) {
      return at(`industry is longer than ${IMPORT_LIMITS.industry} characters`);
    }
    const lists: Record<'hobbies' | 'volunteer', string[]> = { hobbies: [], volunteer: [] };
    for (const field of ['hobbies', 'volunteer'] as const) {
      if (m[field].length === 0) continue;
      const list = parseInterestList(m[field].join('\n'));
      if (list.ok) lists[field] = list.interests;
      else if (list.code !== 'interests.empty')
        return at(`${field}: ${INTEREST_PROBLEMS[list.code](list.limit)}`);
    }
    rows.push({
      userId: m.id,
      name,
      ...lists,
      industry,
      timezone: m.timezone ?? null,
      blocked: (m.blocked ?? []).filter((id) => id !== m.id),
      priority: m.priority === undefined ? undefined : Math.min(1000, Math.floor(m.priority)),
    });
  }
  return { ok: true, rows };
}
