import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import type { ListSpec } from '../listing/list-params.ts';
import { listParams } from '../listing/list-params.ts';
import { pager } from '../listing/pager.ts';
import { searchForm } from '../listing/search-form.ts';
import { sortHeader } from '../listing/sort-header.ts';
import { deliveryFailures } from '../queries/delivery-failures.ts';
import type { Outcome } from '../queries/intro-outcome-sql.ts';
import { OUTCOME_LABELS, OUTCOMES } from '../queries/intro-outcome-sql.ts';
import { roundHeader } from '../queries/round-header.ts';
import type { IntroSort, RoundIntroOptions } from '../queries/round-intros.ts';
import { DELIVERY_STATUSES, INTRO_SORTS, roundIntros } from '../queries/round-intros.ts';
import { roundSatOut, SAT_OUT_REASONS } from '../queries/round-sat-out.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { DELIVERY_WORDS, deliveryReason } from './delivery-words.ts';
import { failureTable } from './failure-table.ts';
import { count, day } from './format.ts';
import { memberLink } from './member-link.ts';
import { messagePage } from './message-page.ts';

const SPEC: ListSpec<IntroSort, 'outcome' | 'delivery'> = {
  sorts: INTRO_SORTS,
  descending: ['ground', 'score'],
  filters: { outcome: ['all', ...OUTCOMES], delivery: ['all', ...DELIVERY_STATUSES] },
  pageSize: 50,
};
const COLUMNS: readonly { key: IntroSort; label: string }[] = [
  { key: 'members', label: 'Members' },
  { key: 'ground', label: 'Common ground' },
  { key: 'score', label: 'Why' },
  { key: 'delivery', label: 'Delivery' },
  { key: 'outcome', label: 'Outcome' },
];

/**
 * `GET /admin/c/:id/rounds/:round`: one round's intros (searched by member or interest,
 * filtered by outcome and delivery, sorted and paged in SQL), sit-outs and what did not go out.
 */
export function roundPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const roundId = Number(ctx.params['round']);
    const round = Number.isSafeInteger(roundId) ? await roundHeader(db, community.id, roundId) : undefined;
    if (!round) {
      sendHtml(ctx.res, 404, messagePage('Not found', 'This community has no round with that number.'));
      return;
    }
    const params = listParams(ctx.url, SPEC);
    const options = (offset: number): RoundIntroOptions => ({
      q: params.q,
      outcome: params.filters.outcome as RoundIntroOptions['outcome'],
      delivery: params.filters.delivery as RoundIntroOptions['delivery'],
      sort: params.sort,
      dir: params.dir,
      limit: params.pageSize,
      offset,
    });
    const [firstTry, satOut, failures] = await Promise.all([
      roundIntros(db, community.id, round.id, options(params.offset)),
      roundSatOut(db, community.id, round.id),
      deliveryFailures(db, community.id, round.id),
    ]);
    const intros =
      firstTry.length === 0 && params.page > 1
        ? await roundIntros(db, community.id, round.id, options(0))
        : firstTry;
    if (intros !== firstTry) params.page = 1;
    const total = intros[0]?.total ?? 0;
    const base = communityPath(community, `/rounds/${round.id}`);
    const introRows = intros.map(
      (i) =>
        html`<tr>
          <th scope="row">
            ${i.members.map((m, k) => html`${k > 0 ? ' · ' : null}${memberLink(community, m)}`)}
          </th>
          <td>${[...i.shared.hobbies, ...i.shared.volunteer].join(', ') || '—'}</td>
          <td>${i.why}</td>
          <td>
            <span class="status ${i.status}">${DELIVERY_WORDS[i.status]}</span
            >${i.status === 'failed' || i.status === 'cancelled' ? html`<span class="hint">${deliveryReason(i.failureReason)}</span>` : null}
          </td>
          <td><span class="status ${i.outcome}">${OUTCOME_LABELS[i.outcome]}</span></td>
        </tr>`,
    );
    const filtered = params.q !== '' || params.filters.outcome !== 'all' || params.filters.delivery !== 'all';
    const table =
      total === 0
        ? html`<p class="panel">
            ${filtered ? 'No intro of this round matches.' : 'This round made no intros.'}
          </p>`
        : html`${pager(base, params, total, 'intros')}
            <table>
              <thead>
                <tr>
                  ${COLUMNS.map((c) => sortHeader(base, params, { ...c, firstDir: SPEC.descending?.includes(c.key) ? 'desc' : 'asc' }))}
                </tr>
              </thead>
              <tbody>
                ${introRows}
              </tbody>
            </table>
            ${pager(base, params, total, 'intros')}`;
    sendHtml(
      ctx.res,
      200,
      layout(
        {
          title: `Round of ${day(round.createdAt)} · ${communityLabel(community)}`,
          community,
          active: 'rounds',
          csrf: ctx.csrf,
        },
        html`<h1>Round of ${day(round.createdAt)}</h1>
          <p class="lede">
            ${count(round.intros, 'intro')}, ${count(round.trios, 'trio')}, ${satOut.length} sat out,
            ${round.failed} not delivered, ${round.cancelled} called off ·
            <a href="${communityPath(community, '/rounds')}">all rounds</a>
          </p>
          <h2>Intros</h2>
          ${
            round.intros === 0
              ? html`<p class="panel">This round made no intros.</p>`
              : html`${searchForm(base, params, {
                  placeholder: 'member name, id or interest',
                  filters: [
                    {
                      name: 'outcome',
                      label: 'Outcome',
                      options: [
                        ['all', 'all'],
                        ...OUTCOMES.map((o: Outcome) => [o, OUTCOME_LABELS[o].toLowerCase()] as const),
                      ],
                    },
                    {
                      name: 'delivery',
                      label: 'Delivery',
                      options: [
                        ['all', 'all'],
                        ...DELIVERY_STATUSES.map((d) => [d, DELIVERY_WORDS[d]!] as const),
                      ],
                    },
                  ],
                })}
                ${table}`
          }
          <h2>Who sat out and why</h2>
          ${
            satOut.length === 0
              ? html`<p>Nobody sat out.</p>`
              : html`<ul>
                  ${satOut.map((s) => html`<li>${memberLink(community, s)}: ${SAT_OUT_REASONS[s.code ?? ''] ?? s.code ?? 'no reason recorded'}</li>`)}
                </ul>`
          }
          <h2>What did not go out</h2>
          ${failureTable(failures, false)}`,
      ),
    );
  };
}
