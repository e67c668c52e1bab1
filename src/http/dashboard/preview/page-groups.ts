import type { RoundPreview } from '../../../rounds/preview-round.ts';
import type { ListParams, ListSpec } from '../listing/list-params.ts';

export type PreviewGroup = RoundPreview['groups'][number];

export const GROUP_SORTS = ['score', 'members', 'ground', 'size'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

export const GROUP_SPEC: ListSpec<GroupSort, 'size'> = {
  sorts: GROUP_SORTS,
  descending: ['score', 'ground', 'size'],
  filters: { size: ['all', 'pairs', 'trios', 'no_ground'] },
  pageSize: 50,
};

const ground = (g: PreviewGroup): string[] => [...g.shared.hobbies, ...g.shared.volunteer];
const firstName = (g: PreviewGroup): string =>
  g.members.map((m) => (m.name ?? m.userId).toLowerCase()).sort()[0] ?? '';

const KEYS: Readonly<Record<GroupSort, (g: PreviewGroup) => number | string>> = {
  score: (g) => g.score,
  members: firstName,
  ground: (g) => ground(g).length,
  size: (g) => g.members.length,
};

/**
 * The preview's groups searched (a member's name or id, or an interest they share),
 * filtered (pairs, trios, or groups with nothing in common), sorted and cut to one page.
 * The preview is computed, not stored, so this runs in memory on at most a few hundred groups.
 */
export function pageGroups(
  groups: readonly PreviewGroup[],
  params: ListParams<GroupSort, 'size'>,
): { rows: PreviewGroup[]; total: number } {
  const needle = params.q.toLowerCase();
  const size = params.filters.size;
  const matching = groups.filter((g) => {
    if (size === 'pairs' && g.members.length !== 2) return false;
    if (size === 'trios' && g.members.length !== 3) return false;
    if (size === 'no_ground' && ground(g).length > 0) return false;
    if (needle === '') return true;
    return (
      g.members.some(
        (m) => m.userId.toLowerCase().includes(needle) || (m.name ?? '').toLowerCase().includes(needle),
      ) || ground(g).some((i) => i.toLowerCase().includes(needle))
    );
  });
  const key = KEYS[params.sort];
  const sign = params.dir === 'asc' ? 1 : -1;
  const sorted = matching
    .map((g, i) => ({ g, i }))
    .sort((a, b) => {
      const x = key(a.g);
      const y = key(b.g);
      const byKey =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * byKey || a.i - b.i;
    })
    .map(({ g }) => g);
  const pages = Math.max(1, Math.ceil(sorted.length / params.pageSize));
  if (params.page > pages) params.page = 1;
  const from = (params.page - 1) * params.pageSize;
  return { rows: sorted.slice(from, from + params.pageSize), total: sorted.length };
}
