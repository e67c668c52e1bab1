import type { Queryable } from '../../../store/db.ts';
import { px } from '../charts/nice-ticks.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import type { InterestOptions, InterestSort } from '../queries/interest-outcomes.ts';
import { INTEREST_SORTS, interestOutcomes } from '../queries/interest-outcomes.ts';
import type { ListSpec } from '../listing/list-params.ts';
import { listParams } from '../listing/list-params.ts';
import { pager } from '../listing/pager.ts';
import { searchForm } from '../listing/search-form.ts';
import { sortHeader } from '../listing/sort-header.ts';
import { OUTCOME_RATES } from '../../../domain/outcome-rates.ts';
import { rateDefinitions } from './rate-definitions.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { rate } from './format.ts';

const BAR = { width: 160, height: 14 };

/** A bar as long as the count (not the rate), so one lucky intro looks as small as it is. */
function countBar(genuine: number, max: number) {
  const w = max > 0 ? (BAR.width * genuine) / max : 0;
  return html`<svg
    class="interest-bar"
    width="${BAR.width}"
    height="${BAR.height}"
    viewBox="0 0 ${BAR.width} ${BAR.height}"
    aria-hidden="true"
  >
    <rect class="track" width="${BAR.width}" height="${BAR.height}"></rect>
    <rect class="fill" width="${px(w)}" height="${BAR.height}"></rect>
  </svg>`;
}

const SPEC: ListSpec<InterestSort, 'kind'> = {
  sorts: INTEREST_SORTS,
  descending: ['genuine', 'answered', 'intros', 'rate', 'inTouch'],
  filters: { kind: ['all', 'hobby', 'volunteer'] },
  pageSize: 50,
};
const KIND_WORDS = { all: 'all', hobby: 'hobbies', volunteer: 'volunteering' } as const;
const COLUMNS: readonly { key: InterestSort; label: string; numeric?: boolean }[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'interest', label: 'Interest' },
  { key: 'kind', label: 'Kind' },
  { key: 'genuine', label: 'Genuine connections', numeric: true },
  { key: 'answered', label: 'Answered', numeric: true },
  { key: 'intros', label: 'Intros', numeric: true },
  { key: 'rate', label: OUTCOME_RATES.genuine.name, numeric: true },
  { key: 'inTouch', label: 'Still in touch', numeric: true },
];

/**
 * `GET /admin/c/:id/interests`: which shared interests led to genuine connections, every
 * one of them, searched (`q`), filtered by kind, sorted and paged in SQL.
 */
export function interestsPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const params = listParams(ctx.url, SPEC);
    const list = (offset: number) =>
      interestOutcomes(db, community.id, {
        q: params.q,
        kind: params.filters.kind as InterestOptions['kind'],
        sort: params.sort,
        dir: params.dir,
        limit: params.pageSize,
        offset,
      });
    const firstTry = await list(params.offset);
    const rows = firstTry.length === 0 && params.page > 1 ? await list(0) : firstTry;
    if (rows !== firstTry) params.page = 1;
    const total = rows[0]?.total ?? 0;
    const max = rows[0]?.best ?? 0;
    const base = communityPath(community, '/interests');
    const body = rows.map(
      (r) =>
        html`<tr>
          <td class="num">${r.rank}</td>
          <th scope="row">${r.interest}</th>
          <td>${r.kind === 'hobby' ? 'hobby' : 'volunteering'}</td>
          <td class="num">${countBar(r.genuine, max)} ${r.genuine}</td>
          <td class="num">${r.answered}</td>
          <td class="num">${r.intros}</td>
          <td class="num">${rate(r.genuine, r.answered)}</td>
          <td class="num">${r.inTouch}</td>
        </tr>`,
    );
    const filtered = params.q !== '' || params.filters.kind !== 'all';
    sendHtml(
      ctx.res,
      200,
      layout(
        {
          title: `Common ground · ${communityLabel(community)}`,
          community,
          active: 'interests',
          csrf: ctx.csrf,
        },
        html`<h1>Which common ground works</h1>
          <p class="lede">
            Shared interests ranked by how many intros they led to a genuine connection, then by the
            ${OUTCOME_RATES.genuine.name.toLowerCase()}. The bar is the count, so an interest with one lucky
            intro stays short; read the rate with its counts.
          </p>
          ${rateDefinitions(['genuine'])}
          ${searchForm(base, params, {
            placeholder: 'interest',
            filters: [
              {
                name: 'kind',
                label: 'Kind',
                options: SPEC.filters.kind.map((k) => [k, KIND_WORDS[k as keyof typeof KIND_WORDS]] as const),
              },
            ],
          })}
          ${
            total === 0
              ? html`<p class="panel">
                  ${filtered ? 'No shared interest matches this search.' : 'No intro has shared ground yet.'}
                </p>`
              : html`${pager(base, params, total, 'interests')}
                  <table>
                    <thead>
                      <tr>
                        ${COLUMNS.map((c) => sortHeader(base, params, { ...c, firstDir: SPEC.descending?.includes(c.key) ? 'desc' : 'asc' }))}
                      </tr>
                    </thead>
                    <tbody>
                      ${body}
                    </tbody>
                  </table>
                  ${pager(base, params, total, 'interests')}`
          }`,
      ),
    );
  };
}
