import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { listHref } from './list-href.ts';
import type { ListParams } from './list-params.ts';
import { MAX_SEARCH } from './list-params.ts';

export interface FilterChoice {
  /** The query-string name, e.g. `status`. */
  name: string;
  label: string;
  options: readonly (readonly [value: string, label: string])[];
}

/**
 * A GET form that searches the table (keeping its sort and `extra`), then each filter as
 * a row of links with the current choice marked, so every view is a shareable URL.
 */
export function searchForm(
  base: string,
  params: ListParams<string, string>,
  input: { placeholder: string; filters: readonly FilterChoice[]; extra?: Record<string, string> },
): SafeHtml {
  const extra = input.extra ?? {};
  const hidden = { ...extra, ...params.filters, sort: params.sort, dir: params.dir };
  return html`<form class="search" method="get" action="${base}" role="search">
      ${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
      <label for="q">Search</label>
      <input
        id="q"
        name="q"
        type="search"
        maxlength="${MAX_SEARCH}"
        value="${params.q}"
        placeholder="${input.placeholder}"
      />
      <button type="submit">Search</button>
      ${params.q === '' ? null : html`<a href="${listHref(base, params, { q: '', page: 1 }, extra)}">Clear</a>`}
    </form>
    ${input.filters.map(
      (f) =>
        html`<p class="filters">
          ${f.label}:
          ${f.options.map(
            ([value, label]) =>
              html`<a
                href="${listHref(base, params, { [f.name]: value, page: 1 }, extra)}"
                aria-current="${params.filters[f.name] === value ? 'true' : 'false'}"
                >${label}</a
              >`,
          )}
        </p>`,
    )}`;
}
