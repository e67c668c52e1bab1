import { interestsFromItems } from '../../../interests/parse-interest-list.ts';
import { parseMembersFile, type MembersFileErrorCode } from '../../../roster/parse-members-file.ts';

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

export type Prepared =
  | { ok: true; rows: ImportRow[] }
  | { ok: false; code: MembersFileErrorCode | 'import.no_members' | 'import.too_many_rows'; message: string };

/** How many members one import may write in its single transaction. */
export const IMPORT_MAX_ROWS = 20_000;

/** A list the roster parser accepted, as the profile stores it (already within the rules). */
const stored = (items: string[]): string[] => {
  const list = interestsFromItems(items);
  return list.ok ? list.interests : [];
};

/**
 * Parses a members file in the `kindred match` format (bytes or pasted text, CSV or JSON)
 * with the same parser and profile rules as `kindred match`, then shapes each member as a
 * stored profile. The first problem comes back as one message naming the line (CSV) or
 * entry (JSON) at fault.
 */
export function prepareImport(content: string | Uint8Array, fileName: string): Prepared {
  const parsed = parseMembersFile(content, fileName);
  if (!parsed.ok) return parsed;
  if (parsed.members.length === 0)
    return { ok: false, code: 'import.no_members', message: `${fileName}: no members in the file` };
  if (parsed.members.length > IMPORT_MAX_ROWS) {
    return {
      ok: false,
      code: 'import.too_many_rows',
      message: `${fileName}: ${parsed.members.length} members; import at most ${IMPORT_MAX_ROWS} at a time`,
    };
  }
  const rows = parsed.members.map((m): ImportRow => ({
    userId: m.id,
    name: m.name?.trim() || null,
    hobbies: stored(m.hobbies),
    volunteer: stored(m.volunteer),
    industry: m.industry?.trim() || null,
    timezone: m.timezone ?? null,
    blocked: (m.blocked ?? []).filter((id) => id !== m.id),
    priority: m.priority === undefined ? undefined : Math.min(1000, Math.floor(m.priority)),
  }));
  return { ok: true, rows };
}
