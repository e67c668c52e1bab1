import { z } from 'zod';

/** What one paged table accepts in its query string. */
export interface ListSpec<S extends string, F extends string> {
  /** Sortable columns; the first is the default. */
  sorts: readonly [S, ...S[]];
  /** Direction each column sorts in when first clicked (ascending unless named here). */
  descending?: readonly S[];
  /** Filters by query-string name, each with its allowed values; the first is the default. */
  filters: Readonly<Record<F, readonly [string, ...string[]]>>;
  pageSize: number;
}

export interface ListParams<S extends string, F extends string> {
  /** Search text, trimmed; '' for none. */
  q: string;
  page: number;
  sort: S;
  dir: 'asc' | 'desc';
  filters: Record<F, string>;
  pageSize: number;
  offset: number;
}

export const MAX_SEARCH = 100;
const MAX_PAGE = 10_000;

/**
 * Reads `q`, `page`, `sort`, `dir` and the table's filters from a URL. Each value is
 * checked with zod and anything unexpected (a typo, an old bookmark, a hostile string)
 * becomes that parameter's default, so a bad link shows the first page rather than an error.
 */
export function listParams<S extends string, F extends string>(
  url: URL,
  spec: ListSpec<S, F>,
): ListParams<S, F> {
  const get = (name: string) => url.searchParams.get(name) ?? undefined;
  const sort = z.enum(spec.sorts).catch(spec.sorts[0]).parse(get('sort'));
  const defaultDir = spec.descending?.includes(sort) ? 'desc' : 'asc';
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).parse(get('page'));
  const filters = {} as Record<F, string>;
  for (const name of Object.keys(spec.filters) as F[]) {
    const allowed = spec.filters[name];
    filters[name] = z.enum(allowed).catch(allowed[0]).parse(get(name));
  }
  return {
    q: z
      .string()
      .trim()
      .max(MAX_SEARCH)
      .catch('')
      .parse(get('q') ?? ''),
    page,
    sort,
    dir: z.enum(['asc', 'desc']).catch(defaultDir).parse(get('dir')),
    filters,
    pageSize: spec.pageSize,
    offset: (page - 1) * spec.pageSize,
  };
}

/** A `LIKE` pattern matching `text` anywhere, with `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
