import type { Queryable } from '../../../store/db.ts';
import { barChart } from '../charts/bar-chart.ts';
import { dataTable } from '../charts/data-table.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { fillWeeks, joinsByWeek } from '../queries/joins-by-week.ts';
import { memberCounts } from '../queries/member-counts.ts';
import type { MemberFilter } from '../queries/member-list.ts';
import { memberList } from '../queries/member-list.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { day } from './format.ts';

const PAGE_SIZE = 200;
const FILTERS: readonly MemberFilter[] = ['all', 'active', 'paused', 'left'];

/** `GET /admin/c/:id/members[?status=…&page=…]`: counts, joins over time, and the roster. */
export function membersPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const asked = ctx.url.searchParams.get('status');
    const status = FILTERS.find((f) => f === asked) ?? 'all';
    const page = Math.max(
      1,
      Math.min(10_000, Number.parseInt(ctx.url.searchParams.get('page') ?? '1', 10) || 1),
    );
    const [counts, weeks, members] = await Promise.all([
      memberCounts(db, community.id),
      joinsByWeek(db, community.id),
      memberList(db, community.id, { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    ]);
    const filled = fillWeeks(weeks);
    const total = members[0]?.total ?? 0;
    const base = communityPath(community, '/members');
    const link = (s: MemberFilter, p = 1) => `${base}?status=${s}${p > 1 ? `&page=${p}` : ''}`;
    const rows = members.map(
      (m) =>
        html`<tr>
          <th scope="row">${m.name ?? '—'}</th>
          <td><code>${m.userId}</code></td>
          <td>
            <span class="status ${m.status}"
              >${m.status}${m.pauseReason === 'ghost' ? ' (no answers)' : ''}</span
            >
          </td>
          <td>${(m.hobbies ?? []).join(', ')}</td>
          <td>${(m.volunteer ?? []).join(', ')}</td>
          <td class="num">${m.intros}</td>
          <td class="num">${m.genuine}</td>
          <td class="date">${day(m.joinedAt)}</td>
          <td class="date">${day(m.leftAt)}</td>
        </tr>`,
    );
    const pages = Math.ceil(total / PAGE_SIZE);
    sendHtml(
      ctx.res,
      200,
      layout(
        { title: `Members · ${communityLabel(community)}`, community, active: 'members', csrf: ctx.csrf },
        html`<h1>Members</h1>
          <ul class="figures">
            <li><span class="value">${counts.active}</span><span class="label">opted in</span></li>
            <li>
              <span class="value">${counts.paused}</span
              ><span class="label">paused (${counts.pausedForSilence} after unanswered intros)</span>
            </li>
            <li><span class="value">${counts.left}</span><span class="label">left</span></li>
            <li>
              <span class="value">${counts.withProfile}</span
              ><span class="label">told us their interests</span>
            </li>
            <li>
              <span class="value">${counts.neverIntroduced}</span
              ><span class="label">not introduced yet</span>
            </li>
          </ul>
          <figure>
            <figcaption>Joins per week<span class="note">Weeks start on Monday (UTC).</span></figcaption>
            ${barChart({
              id: 'chart-joins',
              title: 'Members joining per week',
              summary: `${weeks.reduce((s, w) => s + w.joined, 0)} joined over ${filled.length} week(s).`,
              bars: filled.map((w) => ({
                label: w.week,
                value: w.joined,
                detail: `${w.joined} joined, ${w.left} left`,
              })),
            })}
            ${dataTable(
              'joins and departures per week',
              ['Week', 'Joined', 'Left'],
              filled.map((w) => [w.week, w.joined, w.left]),
            )}
          </figure>
          <h2>Roster</h2>
          <p class="filters">
            Show:
            ${FILTERS.map((f) => html`<a href="${link(f)}" aria-current="${f === status ? 'true' : 'false'}">${f}</a>`)}
            · <a href="${communityPath(community, '/import')}">Import members</a> ·
            <a href="${communityPath(community, '/export/members.csv')}" download>Export CSV</a>
          </p>
          <table>
            <caption class="lede">
              ${total} member(s)${pages > 1 ? `, page ${page} of ${pages}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Status</th>
                <th scope="col">Hobbies</th>
                <th scope="col">Volunteers for</th>
                <th scope="col" class="num">Intros</th>
                <th scope="col" class="num">Genuine</th>
                <th scope="col">Joined</th>
                <th scope="col">Left</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>
          ${pages > 1 ? html`<p>${page > 1 ? html`<a href="${link(status, page - 1)}">Previous page</a> ` : null}${page < pages ? html`<a href="${link(status, page + 1)}">Next page</a>` : null}</p>` : null}`,
      ),
    );
  };
}
