/**
 * An expected failure is a value with a stable code; the code is also the key of the
 * message the person sees. Bugs and infrastructure failures throw instead.
 */
export type Result<T, C extends string = string> =
  { ok: true; value: T } | { ok: false; code: C; detail?: Record<string, string | number> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <C extends string>(
  code: C,
  detail?: Record<string, string | number>,
): { ok: false; code: C; detail?: Record<string, string | number> } =>
  detail ? { ok: false, code, detail } : { ok: false, code };
