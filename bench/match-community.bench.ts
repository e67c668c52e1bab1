// Run with: node --import tsx bench/match-community.bench.ts
// Times a 10,000-member round, checks its invariants, compares the sparse pipeline with the
// exact optimum over every pair on 1,000 members, and times candidate search on 100,000.
import { candidateEdges } from '../src/matching/candidate-edges.ts';
import { buildMatchContext } from '../src/matching/match-context.ts';
import { matchMembers } from '../src/matching/match-members.ts';
import { maxWeightMatching } from '../src/matching/max-weight-matching.ts';
import { pairMembers } from '../src/matching/pair-members.ts';
import { mulberry32 } from '../src/matching/random.ts';
import { matchWeight, scorePair } from '../src/matching/score-pair.ts';
import { syntheticHistory, syntheticMembers } from './synthetic-community.ts';

const COOLDOWN = 6;
const seconds = (start: number): string => `${((performance.now() - start) / 1000).toFixed(2)} s`;

function fullRound(size: number): void {
  const members = syntheticMembers({ members: size, seed: 11 });
  const history = syntheticHistory(members, 6, 12);
  const start = performance.now();
  const result = matchMembers(members, { history, seed: 1, cooldown: COOLDOWN });
  const took = seconds(start);

  const { ctx } = buildMatchContext(members, { history, cooldown: COOLDOWN });
  const seen = new Map<string, number>();
  for (const g of result.groups) for (const id of g.members) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const u of result.unmatched) seen.set(u.id, (seen.get(u.id) ?? 0) + 1);
  const missing = members.filter((m) => !seen.has(m.id)).length;
  const twice = [...seen.values()].filter((c) => c > 1).length;
  let repeats = 0;
  let blocked = 0;
  for (const g of result.groups) {
    const idx = g.members.map((id) => ctx.index.indexOf.get(id)!);
    for (let i = 0; i < idx.length; i++) {
      for (let j = i + 1; j < idx.length; j++) {
        if (ctx.rules.roundsAgo(idx[i]!, idx[j]!) <= COOLDOWN) repeats++;
        if (ctx.rules.exclusion(idx[i]!, idx[j]!) === 'blocked') blocked++;
      }
    }
  }
  const matched = result.groups.reduce((n, g) => n + g.members.length, 0);
  const trios = result.groups.filter((g) => g.members.length === 3).length;
  const shared = result.groups.filter((g) => g.shared.hobbies.length + g.shared.volunteer.length > 0).length;
  console.log(`${size} members, 6 past rounds: matched in ${took}`);
  console.log(
    `  matched ${matched}/${size} in ${result.groups.length} groups (${trios} trio${trios === 1 ? '' : 's'}), unmatched ${result.unmatched.length}`,
  );
  console.log(
    `  missing ${missing}, listed twice ${twice}, repeats within cooldown ${repeats}, blocked pairs ${blocked}`,
  );
  console.log(`  groups with common ground: ${((100 * shared) / result.groups.length).toFixed(1)}%`);
}

function againstOptimum(size: number): void {
  const members = syntheticMembers({ members: size, seed: 21 });
  const history = syntheticHistory(members, 6, 22);
  const { ctx, pairing } = buildMatchContext(members, { history, cooldown: COOLDOWN });
  const weightOf = (mates: ArrayLike<number>): { weight: number; score: number } => {
    let weight = 0;
    let score = 0;
    for (let u = 0; u < size; u++) {
      const v = mates[u] ?? -1;
      if (v > u) {
        const s = scorePair(ctx, u, v);
        weight += matchWeight(ctx, u, v, s);
        score += s;
      }
    }
    return { weight, score };
  };

  let start = performance.now();
  const sparse = weightOf(pairMembers(ctx, mulberry32(1), pairing).mates);
  const sparseTime = seconds(start);

  start = performance.now();
  const all: Array<[number, number, number]> = [];
  for (let u = 0; u < size; u++) {
    for (let v = u + 1; v < size; v++) {
      if (ctx.rules.exclusion(u, v) === null) all.push([u, v, matchWeight(ctx, u, v, scorePair(ctx, u, v))]);
    }
  }
  const optimum = weightOf(maxWeightMatching(all, true));
  const optimumTime = seconds(start);
  console.log(
    `${size} members: sparse pipeline ${sparseTime}, complete graph (${all.length} pairs) ${optimumTime}`,
  );
  console.log(
    `  matcher objective: ${((100 * sparse.weight) / optimum.weight).toFixed(3)}% of optimum (${sparse.weight} / ${optimum.weight})`,
  );
  console.log(`  summed pair scores: ${((100 * sparse.score) / optimum.score).toFixed(3)}% of the optimum's`);
}

function candidatesAtScale(size: number): void {
  const members = syntheticMembers({ members: size, seed: 31 });
  const history = syntheticHistory(members, 6, 32);
  let start = performance.now();
  const { ctx, pairing } = buildMatchContext(members, { history, cooldown: COOLDOWN });
  const indexTime = seconds(start);
  start = performance.now();
  const cpu = process.cpuUsage();
  const edges = candidateEdges(ctx, mulberry32(1), pairing);
  const cpuSeconds = (process.cpuUsage(cpu).user / 1e6).toFixed(2);
  console.log(
    `${size} members: index ${indexTime}, ${edges.length} candidate pairs in ${seconds(start)} (${cpuSeconds} s CPU)`,
  );
}

fullRound(10_000);
fullRound(10_001);
againstOptimum(1_000);
candidatesAtScale(100_000);
