import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import type { ListParams, ListSpec } from '../listing/list-params.ts';
import { pager } from '../listing/pager.ts';
import { searchForm } from '../listing/search-form.ts';
import { sortHeader } from '../listing/sort-header.ts';
import { chancePoints, signed } from './chance-points.ts';
import type { LearnedInterest } from './community-learning.ts';

export const EFFECT_SORTS = ['effect', 'interest', 'kind', 'certainty', 'answered', 'genuine'] as const;
export type EffectSort = (typeof EFFECT_SORTS)[number];

export const EFFECT_LIST: ListSpec<EffectSort, 'kind'> = {
  sorts: EFFECT_SORTS,
  descending: ['effect', 'answered', 'genuine'],
  filters: { kind: ['all', 'hobby', 'volunteer'] },
  pageSize: 50,
};
const KIND_WORDS = { all: 'all', hobby: 'hobbies', volunteer: 'volunteering' } as const;
const COLUMNS: readonly { key: EffectSort; label: string; numeric?: boolean }[] = [
  { key: 'interest', label: 'Interest' },
  { key: 'kind', label: 'Kind' },
  { key: 'effect', label: 'Effect (points)', numeric: true },
  { key: 'certainty', label: '90% interval', numeric: true },
  { key: 'answered', label: 'Answered intros', numeric: true },
  { key: 'genuine', label: 'Genuine', numeric: true },
];

type Row = LearnedInterest & { points: ReturnType<typeof chancePoints> };

const COMPARE: Readonly<Record<EffectSort, (a: Row, b: Row) => number>> = {
  effect: (a, b) => a.points.points - b.points.points,
  interest: (a, b) => a.label.localeCompare(b.label),
  kind: (a, b) => a.kind.localeCompare(b.kind),
  // Narrowest interval first: what the model is surest about.
  certainty: (a, b) => a.effect.sd - b.effect.sd,
  answered: (a, b) => a.answered - b.answered,
  genuine: (a, b) => a.genuine - b.genuine,
};

/**
 * Each interest's own effect on the chance an intro feels genuine, beyond rarity and its
 * kind, with its 90% interval and the answers behind it: searched, filtered by kind,
 * sorted and paged like the dashboard's other tables (here in memory: the model is).
 */
export function interestEffects(
  base: string,
  params: ListParams<EffectSort, 'kind'>,
  interests: readonly LearnedInterest[],
  chanceBase: number,
): SafeHtml {
  const needle = params.q.toLowerCase();
  const kind = params.filters.kind;
  const sign = params.dir === 'asc' ? 1 : -1;
  const rows: Row[] = interests
    .filter((i) => (kind === 'all' || i.kind === kind) && i.label.toLowerCase().includes(needle))
    .map((i) => ({ ...i, points: chancePoints(i.effect.mean, i.effect.sd, chanceBase) }))
    .sort(
      (a, b) =>
        sign * COMPARE[params.sort](a, b) || a.label.localeCompare(b.label) || a.kind.localeCompare(b.kind),
    );
  const pages = Math.max(1, Math.ceil(rows.length / params.pageSize));
  if (params.page > pages) params.page = 1;
  const shown = rows.slice((params.page - 1) * params.pageSize, params.page * params.pageSize);
  const filtered = params.q !== '' || kind !== 'all';
  const form = searchForm(base, params, {
    placeholder: 'interest',
    filters: [
      {
        name: 'kind',
        label: 'Kind',
        options: EFFECT_LIST.filters.kind.map((k) => [k, KIND_WORDS[k as keyof typeof KIND_WORDS]] as const),
      },
    ],
  });
  if (rows.length === 0)
    return html`${form}
      <p class="panel">
        ${filtered ? 'No interest matches this search.' : 'No answered intro had shared ground yet.'}
      </p>`;
  return html`${form} ${pager(base, params, rows.length, 'interests')}
    <table class="effects">
      <thead>
        <tr>
          ${COLUMNS.map((c) =>
            sortHeader(base, params, {
              ...c,
              firstDir: EFFECT_LIST.descending?.includes(c.key) ? 'desc' : 'asc',
            }),
          )}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.label}</th>
              <td>${r.kind === 'hobby' ? 'hobby' : 'volunteering'}</td>
              <td class="num">${signed(r.points.points)}</td>
              <td class="num">${signed(r.points.low)} to ${signed(r.points.high)}</td>
              <td class="num">${r.answered}</td>
              <td class="num">${r.genuine}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${pager(base, params, rows.length, 'interests')}`;
}
