import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { listHref } from './list-href.ts';
import type { ListParams } from './list-params.ts';

/**
 * "41–60 of 248 intros · First · Previous · page 3 of 13 · Next · Last", shown above and
 * below a table so a long page never has to be scrolled to move on.
 */
export function pager(
  base: string,
  params: ListParams<string, string>,
  total: number,
  noun: string,
  extra: Record<string, string> = {},
): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(params.page, pages);
  const from = total === 0 ? 0 : (page - 1) * params.pageSize + 1;
  const to = Math.min(total, page * params.pageSize);
  const link = (p: number, label: string, rel?: string) =>
    p === page || p < 1 || p > pages
      ? html`<span class="off">${label}</span>`
      : html`<a href="${listHref(base, params, { page: p }, extra)}" ${rel ? html` rel="${rel}"` : null}
          >${label}</a
        >`;
  return html`<nav class="pager" aria-label="Pages of ${noun}">
    <span class="range">${from}–${to} of ${total} ${noun}</span>
    ${
      pages > 1
        ? html`${link(1, 'First')} ${link(page - 1, 'Previous', 'prev')}
            <span class="at">page ${page} of ${pages}</span> ${link(page + 1, 'Next', 'next')}
            ${link(pages, 'Last')}`
        : null
    }
  </nav>`;
}
