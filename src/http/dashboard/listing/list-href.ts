import type { ListParams } from './list-params.ts';

type Overrides = Partial<{ q: string; page: number; sort: string; dir: string }> & Record<string, unknown>;

/**
 * The URL of the same table with some parameters changed, keeping the rest (search,
 * filters, sort). Defaults are left out so links stay short; `extra` carries a page's
 * own fixed parameters (the preview's `run=1`).
 */
export function listHref(
  base: string,
  params: ListParams<string, string>,
  overrides: Overrides = {},
  extra: Record<string, string> = {},
): string {
  const merged: Record<string, unknown> = {
    ...extra,
    q: params.q,
    ...params.filters,
    sort: params.sort,
    dir: params.dir,
    page: params.page,
    ...overrides,
  };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === '' || (name === 'page' && value === 1)) continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
