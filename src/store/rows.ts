import type { z } from 'zod';

/** Validates database rows at the boundary: a row that does not fit is a bug, so it throws. */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.infer<S>[] {
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${what}: row does not match its schema: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function parseRow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.infer<S> {
  return parseRows(schema, [row], what)[0] as z.infer<S>;
}
