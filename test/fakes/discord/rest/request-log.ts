import type { IncomingHttpHeaders } from 'node:http';

/** One REST call as the fake saw it. `path` is below `/api/v10`, each segment percent-decoded. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The matched route template, e.g. `/channels/:channel/messages`, or null for an unknown route. */
  route: string | null;
  query: Record<string, string>;
  body: unknown;
  files: { name: string; size: number }[];
  headers: IncomingHttpHeaders;
  /** Status the fake answered with (0 while the request is still being handled). */
  status: number;
  /** True when the answer came from `failNext`. */
  faulted: boolean;
  at: number;
}

/**
 * Which requests a helper applies to: a function, `{ method?, path? }`, or a string such as
 * `'POST /channels/:id/messages'`, where `:name` stands for one path segment.
 */
export type RequestMatcher =
  string | { method?: string; path?: string | RegExp } | ((request: RecordedRequest) => boolean);

function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

export function matches(matcher: RequestMatcher, request: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(request);
  let method: string | undefined;
  let path: string | RegExp | undefined;
  if (typeof matcher === 'string') {
    const [first, second] = matcher.trim().split(/\s+/);
    [method, path] = second === undefined ? [undefined, first] : [first, second];
  } else {
    ({ method, path } = matcher);
  }
  if (method && method.toUpperCase() !== request.method) return false;
  if (path === undefined) return true;
  const pattern = typeof path === 'string' ? pathPattern(path) : path;
  return pattern.test(request.path) || (request.route !== null && request.route === path);
}
