/**
 * Groups benchmark: the group search (`matchMembers` with a group size) against, on the same
 * instances in one run, the exact optimum (n <= 16), the best of 1,000 random groupings
 * (lunch-roulette's method), a time-boxed random backtracking given as much time as our
 * search took (S'Up's method), the upper bound, and the pairs pipeline's time on the same
 * roster. Values are summed pair scores inside groups; a random grouping's pairs that break
 * a rule count 0 and are listed under "broken".
 * Usage: npm run bench:groups [-- --quick]
 */
import os from 'node:os';
import { exactGroups } from '../src/matching/groups/exact-groups.ts';
import { groupUpperBound } from '../src/matching/groups/group-upper-bound.ts';
import { pairValues } from '../src/matching/groups/pair-values.ts';
import { buildMatchContext } from '../src/matching/match-context.ts';
import { matchMembers } from '../src/matching/match-members.ts';
import { mulberry32 } from '../src/matching/random.ts';
import { timeBoxedBacktracking } from './random-backtracking.ts';
import { bestOfRandomGroupings, scoreGrouping } from './random-groupings.ts';
import { syntheticHistory, syntheticMembers } from './synthetic-community.ts';

const quick = process.argv.includes('--quick');
const COOLDOWN = 6;
const RANDOM_TRIES = 1_000;

interface Instance {
  members: number;
  size: number;
}

const small: Instance[] = [
  { members: 12, size: 3 },
  { members: 12, size: 4 },
  { members: 16, size: 3 },
  { members: 16, size: 4 },
];
const large: Instance[] = quick
  ? [
      { members: 200, size: 4 },
      { members: 1_000, size: 4 },
    ]
  : [
      { members: 200, size: 3 },
      { members: 200, size: 4 },
      { members: 1_000, size: 3 },
      { members: 1_000, size: 4 },
      { members: 1_000, size: 6 },
      { members: 10_000, size: 4 },
    ];

const fixed = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const pct = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '-';

function run({ members: count, size }: Instance): string[] {
  // Small rosters draw from fewer interests so that they share something.
  const members = syntheticMembers({
    members: count,
    seed: 7 + count,
    ...(count <= 16 ? { hobbies: 12, causes: 4 } : {}),
  });
  const history = syntheticHistory(members, 6, 8 + count);
  const { ctx } = buildMatchContext(members, { history, cooldown: COOLDOWN });
  const value = pairValues(ctx);

  let start = performance.now();
  matchMembers(members, { history, cooldown: COOLDOWN, seed: 1 });
  const pairsMs = performance.now() - start;

  start = performance.now();
  const cpu = process.cpuUsage();
  const result = matchMembers(members, { history, cooldown: COOLDOWN, seed: 1, groupSize: size });
  const used = process.cpuUsage(cpu);
  const oursMs = performance.now() - start;
  const ours = scoreGrouping(
    value,
    result.groups.map((g) => g.members.map((id) => ctx.index.indexOf.get(id)!)),
  );
  const sizes = result.groups.map((g) => g.members.length);

  start = performance.now();
  const bound = groupUpperBound(ctx, size);
  const boundMs = performance.now() - start;
  const exact = count <= 16 ? exactGroups(count, size, value).value : NaN;
  const roulette = bestOfRandomGroupings(count, size, value, mulberry32(2), RANDOM_TRIES);
  const sup = timeBoxedBacktracking(count, size, value, mulberry32(3), oursMs);

  return [
    `${count}`,
    `${size}`,
    `${Math.min(...sizes)}-${Math.max(...sizes)}`,
    `${result.unmatched.length}`,
    fixed(ours.value),
    `${ours.broken}`,
    `${fixed(oursMs / 1000, 2)} s (${fixed((used.user + used.system) / 1e6, 2)} cpu)`,
    `${fixed(pairsMs / 1000, 2)} s`,
    Number.isNaN(exact) ? '-' : `${fixed(exact)} (${pct(ours.value, exact)})`,
    `${fixed(bound)} (${pct(ours.value, bound)}) ${fixed(boundMs / 1000, 1)} s`,
    `${fixed(roulette.value)} b${roulette.broken} (${pct(ours.value, roulette.value)})`,
    `${fixed(sup.value)} x${sup.tries} (${pct(ours.value, sup.value)})`,
  ];
}

const header = [
  'members',
  'N',
  'sizes',
  'out',
  'ours',
  'broken',
  'ours time',
  'pairs time',
  'exact (ours/exact)',
  'upper bound (ours/bound) time',
  'best of 1,000 random, broken (ours/it)',
  "S'Up backtracking, tries (ours/it)",
];
console.log(`groups benchmark on ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
const rows = [header];
for (const instance of [...small, ...large]) {
  rows.push(run(instance));
  console.error(`done ${instance.members} x ${instance.size}`);
}
const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | '));
