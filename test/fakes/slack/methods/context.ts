import type { FakeWorkspace } from '../workspace.ts';

/** A Web API answer. Slack always answers HTTP 200 with `ok` saying whether it worked. */
export type SlackResult =
  { ok: true; [key: string]: unknown } | { ok: false; error: string; [key: string]: unknown };

export type TokenKind = 'bot' | 'app';

export type Args = Readonly<Record<string, unknown>>;

export interface MethodContext {
  args: Args;
  workspace: FakeWorkspace;
  tokenKind: TokenKind;
  /** Issues a one-time Socket Mode URL (for `apps.connections.open`). */
  openSocketUrl: () => string;
}

export interface MethodSpec {
  handler: (ctx: MethodContext) => SlackResult;
  /** App-level tokens (`xapp-`) work only with `apps.connections.*`; bot tokens with the rest. */
  tokens: readonly TokenKind[];
}

export function ok(fields: Record<string, unknown> = {}): SlackResult {
  return { ok: true, ...fields };
}

export function fail(error: string): SlackResult {
  return { ok: false, error };
}

/** A form field as a string (form bodies carry every scalar as text). */
export function argString(args: Args, key: string): string | undefined {
  const value = args[key];
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** Slack accepts `true`, `"true"` and `"1"` for boolean arguments. */
export function argBool(args: Args, key: string): boolean {
  const value = args[key];
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function argObject(args: Args, key: string): Record<string, unknown> | undefined {
  const value = args[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function argArray(args: Args, key: string): unknown[] | undefined {
  const value = args[key];
  return Array.isArray(value) ? value : undefined;
}
