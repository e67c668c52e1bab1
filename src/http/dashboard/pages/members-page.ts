import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { barChart } from '../charts/bar-chart.ts';
import { dataTable } from '../charts/data-table.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { fillWeeks, joinsByWeek } from '../queries/joins-by-week.ts';
import { memberCounts } from '../queries/member-counts.ts';
import type { MemberFilter, MemberSort } from '../queries/member-list.ts';
import { MEMBER_SORTS, memberList } from '../queries/member-list.ts';
import type { ListSpec } from '../listing/list-params.ts';
import { listParams } from '../listing/list-params.ts';
import { pager } from '../listing/pager.ts';
import { searchForm } from '../listing/search-form.ts';
import { sortHeader } from '../listing/sort-header.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { count, day } from './format.ts';

const SPEC: ListSpec<MemberSort, 'status'> = {
  sorts: MEMBER_SORTS,
  descending: ['joined', 'intros', 'genuine', 'left'],
  filters: { status: ['all', 'active', 'paused', 'left'] },
  pageSize: 50,
};
const STATUS_WORDS: Readonly<Record<MemberFilter, string>> = {
  all: 'everyone',
  active: 'opted in',
  paused: 'paused',
  left: 'left',
};
const COLUMNS: readonly { key?: MemberSort; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'id', label: 'Id' },
  { key: 'status', label: 'Status' },
  { label: 'Hobbies' },
  { label: 'Volunteers for' },
  { key: 'intros', label: 'Intros', numeric: true },
  { key: 'genuine', label: 'Genuine', numeric: true },
  { key: 'joined', label: 'Joined' },
  { key: 'left', label: 'Left' },
];

/**
 * `GET /admin/c/:id/members`: counts, joins over time, and the roster, searched (`q`: name,
 * id or interest), filtered (`status`), sorted (`sort`, `dir`) and paged (`page`) in SQL;
 * `member=<platform id>` shows one member, which is where links to a member lead.
 */
export function membersPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const params = listParams(ctx.url, SPEC);
    const userId = z
      .string()
      .max(200)
      .catch('')
      .parse(ctx.url.searchParams.get('member') ?? '');
    const status = params.filters.status as MemberFilter;
    const list = (offset: number) =>
      memberList(db, community.id, {
        status,
        q: params.q,
        userId,
        sort: params.sort,
        dir: params.dir,
        limit: params.pageSize,
        offset,
      });
    const [counts, weeks, firstTry] = await Promise.all([
      memberCounts(db, community.id),
      joinsByWeek(db, community.id),
      list(params.offset),
    ]);
    // A page past the end (an old link after people left) shows the first page instead.
    const members = firstTry.length === 0 && params.page > 1 ? await list(0) : firstTry;
    if (members !== firstTry) params.page = 1;
    const filled = fillWeeks(weeks);
    const total = members[0]?.total ?? 0;
    const base = communityPath(community, '/members');
    const extra: Record<string, string> = userId ? { member: userId } : {};
    const rows = members.map(
      (m) =>
        html`<tr>
          <th scope="row">${m.name ?? '—'}</th>
          <td><code>${m.userId}</code></td>
          <td>
            <span class="status ${m.status}"
              >${STATUS_WORDS[m.status]}${m.pauseReason === 'ghost' ? ' (no answers)' : ''}</span
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
    const filtered = params.q !== '' || status !== 'all' || userId !== '';
    const roster =
      total === 0
        ? html`<p class="panel">
            ${filtered ? 'No member matches this search.' : 'No members yet.'}
            <a href="${communityPath(community, '/import')}">Import members</a>, or invite people to run
            <code>/intro join</code>.
          </p>`
        : html`${pager(base, params, total, 'members', extra)}
            <table>
              <thead>
                <tr>
                  ${COLUMNS.map((c) =>
                    c.key
                      ? sortHeader(
                          base,
                          params,
                          {
                            key: c.key,
                            label: c.label,
                            numeric: c.numeric,
                            firstDir: SPEC.descending?.includes(c.key) ? 'desc' : 'asc',
                          },
                          extra,
                        )
                      : html`<th scope="col">${c.label}</th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
            ${pager(base, params, total, 'members', extra)}`;
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
              summary: `${count(
                weeks.reduce((s, w) => s + w.joined, 0),
                'member',
              )} joined over ${count(filled.length, 'week')}.`,
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
              'No members yet.',
            )}
          </figure>
          <h2>Roster</h2>
          ${userId ? html`<p class="panel">Showing the member <code>${userId}</code>. <a href="${base}">Show everyone</a></p>` : null}
          ${searchForm(base, params, {
            placeholder: 'name, id or interest',
            filters: [
              {
                name: 'status',
                label: 'Show',
                options: SPEC.filters.status.map((f) => [f, STATUS_WORDS[f as MemberFilter]] as const),
              },
            ],
            extra,
          })}
          <p>
            <a href="${communityPath(community, '/import')}">Import members</a> ·
            <a href="${communityPath(community, '/export/members.csv')}" download>Export CSV</a>
          </p>
          ${roster}`,
      ),
    );
  };
}
