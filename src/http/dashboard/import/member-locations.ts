import { csvRecords } from '../../../cli/csv.ts';

/**
 * Where each member id sits in a members file ("line 7" in CSV, "entry [3]" in JSON), so
 * problems found after parsing can still name the line at fault. Call it on a file that
 * `parseMembersFile` accepted.
 */
export function memberLocations(text: string): Map<string, string> {
  const body = text.replace(/^\uFEFF/, '');
  const where = new Map<string, string>();
  if (body.trimStart().startsWith('[')) {
    const data = JSON.parse(body) as Array<{ id?: unknown }>;
    data.forEach((entry, i) => where.set(String(entry.id).trim(), `entry [${i}]`));
    return where;
  }
  const parsed = csvRecords(body);
  if (!parsed.ok) return where;
  const idColumn = parsed.header.find((h) => h.toLowerCase() === 'id');
  if (idColumn === undefined) return where;
  for (const record of parsed.records)
    where.set((record.values[idColumn] ?? '').trim(), `line ${record.line}`);
  return where;
}
