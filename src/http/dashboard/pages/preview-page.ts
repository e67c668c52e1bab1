import type { Community } from '../../../domain/community.ts';
import type { RoundPreview } from '../../../rounds/preview-round.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, csrfField, layout } from '../layout.ts';
import type { ListParams } from '../listing/list-params.ts';
import { pager } from '../listing/pager.ts';
import { searchForm } from '../listing/search-form.ts';
import { sortHeader } from '../listing/sort-header.ts';
import type { GroupSort } from '../preview/page-groups.ts';
import { GROUP_SPEC, pageGroups } from '../preview/page-groups.ts';
import { SAT_OUT_REASONS } from '../queries/round-sat-out.ts';
import { count } from './format.ts';
import { memberLink } from './member-link.ts';

const PROBLEMS: Readonly<Record<string, string>> = {
  'round.too_few_members': 'Fewer than two members would take part, so the next round would make no intro.',
};
/** Paging links recompute the preview: a GET with `run=1` (it writes nothing). */
const RUN = { run: '1' };
const SIZE_WORDS: Readonly<Record<string, string>> = {
  all: 'all',
  pairs: 'pairs',
  trios: 'trios',
  no_ground: 'nothing in common',
};
const COLUMNS: readonly { key?: GroupSort; label: string }[] = [
  { key: 'members', label: 'Group' },
  { key: 'ground', label: 'Common ground' },
  { key: 'score', label: 'Why' },
  { label: 'Icebreaker' },
];

function previewResult(
  community: Community,
  preview: RoundPreview,
  params: ListParams<GroupSort, 'size'>,
  tookMs: number,
): SafeHtml {
  const base = communityPath(community, '/preview');
  const { rows, total } = pageGroups(preview.groups, params);
  const trios = preview.groups.filter((g) => g.members.length === 3).length;
  const groupTable =
    total === 0
      ? html`<p>No group matches this search.</p>`
      : html`${pager(base, params, total, 'groups', RUN)}
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
                          firstDir: GROUP_SPEC.descending?.includes(c.key) ? 'desc' : 'asc',
                        },
                        RUN,
                      )
                    : html`<th scope="col">${c.label}</th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (g) =>
                  html`<tr class="group">
                    <th scope="row">
                      ${g.members.map((m, k) => html`${k > 0 ? ' · ' : null}${memberLink(community, m)}`)}
                    </th>
                    <td>${[...g.shared.hobbies, ...g.shared.volunteer].join(', ') || 'none: someone new'}</td>
                    <td>${g.why}</td>
                    <td>${g.icebreaker}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${pager(base, params, total, 'groups', RUN)}`;
  return html`<section aria-labelledby="result" class="panel">
    <h2 id="result">If the round ran now</h2>
    ${preview.problem ? html`<p class="error" role="status">${PROBLEMS[preview.problem] ?? preview.problem}</p>` : null}
    <p role="status">
      ${count(preview.eligible, 'member')} taking part: ${count(preview.groups.length, 'group')}
      (${count(trios, 'trio')}), ${preview.satOut.length} sitting out. Computed in ${Math.round(tookMs)} ms;
      nothing was saved or sent.
    </p>
    ${
      preview.groups.length === 0
        ? null
        : html`${searchForm(base, params, {
            placeholder: 'member name, id or interest',
            filters: [
              {
                name: 'size',
                label: 'Groups',
                options: GROUP_SPEC.filters.size.map((s) => [s, SIZE_WORDS[s]!] as const),
              },
            ],
            extra: RUN,
          })}
          ${groupTable}`
    }
    ${
      preview.satOut.length === 0
        ? null
        : html`<h3>Would sit out</h3>
            <ul>
              ${preview.satOut.map(
                (s) =>
                  html`<li>${memberLink(community, s.person)}: ${SAT_OUT_REASONS[s.code] ?? s.reason}</li>`,
              )}
            </ul>`
    }
  </section>`;
}

/** The preview form and, once asked for, the groups the next round would make. */
export function previewPage(
  community: Community,
  csrf: string | undefined,
  result?: { preview: RoundPreview; params: ListParams<GroupSort, 'size'>; tookMs: number },
): SafeHtml {
  return layout(
    { title: `Next round · ${communityLabel(community)}`, community, active: 'preview', csrf },
    html`<h1>Preview the next round</h1>
      <p class="lede">
        See the groups the next round would make and why, with today’s members, blocks, past intros and what
        feedback has taught Kindred. Nothing is saved and nobody is messaged. The real round samples what
        feedback has taught afresh, so close calls may fall differently.
      </p>
      <form method="post" action="${communityPath(community, '/preview')}">
        ${csrfField(csrf)}<button type="submit">Preview the next round</button>
      </form>
      ${result ? previewResult(community, result.preview, result.params, result.tookMs) : null}`,
  );
}
