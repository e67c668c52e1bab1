import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminAuth } from './auth/authenticate.ts';

/** One authenticated dashboard request, with the path's parameters. */
export interface DashboardContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Readonly<Record<string, string>>;
  auth: AdminAuth;
  /** The token forms on this page must carry; undefined for bearer requests. */
  csrf: string | undefined;
}

export type DashboardHandler = (ctx: DashboardContext) => Promise<void>;

export interface DashboardRoute {
  method: 'GET' | 'POST';
  /** `/admin/c/:id/members`: `:id` matches digits, any other `:name` one path segment. */
  path: string;
  handler: DashboardHandler;
}

interface Compiled extends DashboardRoute {
  regex: RegExp;
  names: string[];
}

export type RouteMatch =
  | { kind: 'found'; handler: DashboardHandler; params: Record<string, string> }
  | { kind: 'method_not_allowed' }
  | { kind: 'bad_request' }
  | { kind: 'not_found' };

/** Matches the dashboard's own paths, which the HTTP server hands over by prefix. */
export function createRouter(
  routes: readonly DashboardRoute[],
): (method: string, path: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => {
    const names: string[] = [];
    const pattern = route.path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return name === 'id' ? '(\\d{1,15})' : '([^/]+)';
    });
    return { ...route, regex: new RegExp(`^${pattern}$`), names };
  });
  return (method, path) => {
    const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
    let pathKnown = false;
    for (const route of compiled) {
      const match = route.regex.exec(normalised);
      if (!match) continue;
      pathKnown = true;
      if (route.method !== method) continue;
      const values = route.names.map((_, i) => decodePart(match[i + 1]!));
      if (values.some((v) => v === undefined)) return { kind: 'bad_request' };
      const params = Object.fromEntries(route.names.map((name, i) => [name, values[i]!]));
      return { kind: 'found', handler: route.handler, params };
    }
    return pathKnown ? { kind: 'method_not_allowed' } : { kind: 'not_found' };
  };
}

/** A path segment decoded, or undefined for a malformed `%` escape (which makes decodeURIComponent throw). */
function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
