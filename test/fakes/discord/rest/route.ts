import type { World } from '../world/world.ts';

export interface RestSettings {
  /** How long `enforce_nonce` remembers a nonce ("the past few minutes"). */
  nonceWindowMs: number;
  /** Discord invalidates an interaction that gets no initial response within 3 s. */
  interactionResponseWindowMs: number;
  /** Interaction tokens (follow-ups, @original) stay valid for 15 minutes. */
  interactionTokenLifetimeMs: number;
}

/** What the routes may use besides the request: the world, the gateway (for the events a call fires), settings. */
export interface RestDeps {
  world: World;
  settings: RestSettings;
  dispatch(event: string, data: unknown): number;
  gatewayUrl(): string;
  /** `${channelId}:${authorId}:${nonce}` → message id and when it was created, for `enforce_nonce`. */
  nonces: Map<string, { messageId: string; at: number }>;
}

export interface RouteContext extends RestDeps {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: string;
  pattern: string;
  /** False for interaction callbacks and webhook-token routes: Discord authenticates them by token in the URL. */
  auth: boolean;
  handle(ctx: RouteContext): RouteResult;
}

export function route(
  method: string,
  pattern: string,
  handle: (ctx: RouteContext) => RouteResult,
  options: { auth?: boolean } = {},
): Route {
  return { method, pattern, auth: options.auth ?? true, handle };
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });
export const noContent = (): RouteResult => ({ status: 204 });

export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`route has no :${name}`);
  return value;
}

/** The request body as an object (Discord answers 50035 to anything else, which routes check). */
export function bodyObject(ctx: RouteContext): Record<string, unknown> {
  return ctx.body !== null && typeof ctx.body === 'object' && !Array.isArray(ctx.body)
    ? (ctx.body as Record<string, unknown>)
    : {};
}

/** Finds the route for a method and decoded path segments; `allowed` lists methods when only the path matched. */
export function findRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): { route: Route; params: Record<string, string> } | { route: null; allowed: string[] } {
  const allowed: string[] = [];
  for (const candidate of routes) {
    const params = matchPattern(candidate.pattern, segments);
    if (!params) continue;
    if (candidate.method === method) return { route: candidate, params };
    allowed.push(candidate.method);
  }
  return { route: null, allowed };
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
