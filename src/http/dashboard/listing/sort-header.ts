import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { listHref } from './list-href.ts';
import type { ListParams } from './list-params.ts';

/**
 * A column header that sorts the table: a link that sorts by this column (or flips the
 * direction when it already does), with `aria-sort` saying how the table is sorted now.
 */
export function sortHeader(
  base: string,
  params: ListParams<string, string>,
  column: { key: string; label: string; numeric?: boolean; firstDir?: 'asc' | 'desc' },
  extra: Record<string, string> = {},
): SafeHtml {
  const active = params.sort === column.key;
  const dir = active ? (params.dir === 'asc' ? 'desc' : 'asc') : (column.firstDir ?? 'asc');
  const sorting = params.dir === 'asc' ? 'ascending' : 'descending';
  return html`<th
    scope="col"
    ${column.numeric ? html` class="num"` : null}
    ${active ? html` aria-sort="${sorting}"` : null}
  >
    <a href="${listHref(base, params, { sort: column.key, dir, page: 1 }, extra)}"
      >${column.label}${active ? (params.dir === 'asc' ? ' ▲' : ' ▼') : null}</a
    >
  </th>`;
}
