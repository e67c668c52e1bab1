// Run with: npm run bench:learning [-- --seeds N --sizes 240,1000]
// Prints how much of the gap to an oracle Kindred's learner closes in each synthetic world,
// beside random pairs, rarity alone (IDF) and shared-count matching from the same run, and
// times the pair model's fit on 10,000 members and 100,000 answers beside one plain round.
import { parseArgs } from 'node:util';
import { matchMembers } from '../src/matching/match-members.ts';
import { mulberry32, randomInt } from '../src/matching/random.ts';
import type { PastIntro } from '../src/matching/types.ts';
import { learnPairModel } from '../src/rounds/learn/learn-pair-model.ts';
import { makeWorld, WORLDS } from '../src/rounds/simulate/ground-truth.ts';
import { runOfflineRounds, STRATEGIES, type Strategy } from '../src/rounds/simulate/offline-rounds.ts';

const ROUNDS = 10;
const LATE = 5; // rounds 6-10
const { values } = parseArgs({ options: { seeds: { type: 'string' }, sizes: { type: 'string' } } });
const seeds = Array.from({ length: Number(values.seeds ?? 3) }, (_, i) => i + 1);
const sizes = (values.sizes ?? '240,1000').split(',').map(Number);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spread = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const both = (xs: number[]) => `${pct(mean(xs))} ±${pct(spread(xs))}`.padStart(13);

function fitTiming(): void {
  const world = makeWorld(10_000, 5, 'independent');
  const roster = world.members.map((m) => ({ id: m.userId, hobbies: m.hobbies, volunteer: m.volunteer }));
  const rng = mulberry32(3);
  const intros: PastIntro[] = [];
  for (let i = 0; i < 50_000; i++) {
    const a = roster[randomInt(rng, roster.length)]!.id;
    const b = roster[randomInt(rng, roster.length)]!.id;
    if (a === b) continue;
    const say = () => (rng() < 0.4 ? 'genuine' : 'transactional');
    intros.push({ round: `r${i % 10}`, members: [a, b], feedback: { [a]: say(), [b]: say() } });
  }
  let t = performance.now();
  matchMembers(roster, { seed: 1 });
  const round = (performance.now() - t) / 1000;
  t = performance.now();
  const cold = learnPairModel({ members: roster, intros })!;
  const coldSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const warm = learnPairModel({ members: roster, intros, previous: cold })!;
  const warmSeconds = (performance.now() - t) / 1000;
  console.log(
    `pair model on 10,000 members / ${cold.signals.toLocaleString('en')} answers: fit ${coldSeconds.toFixed(2)} s ` +
      `(${cold.iterations} Newton steps), warm-started ${warmSeconds.toFixed(2)} s (${warm.iterations}); ` +
      `baseline in this run: one rarity-only round of the same 10,000 members ${round.toFixed(2)} s\n`,
  );
}

const started = performance.now();
fitTiming();
console.log(
  `Mean true chance (%) that an intro feels genuine in rounds 6-${ROUNDS}, cooldown 6, seeds ${seeds.join(',')}: mean ±spread over seeds.`,
);
console.log(
  'gap R->O: share of the random->oracle gap Kindred closes; gap N->O: of the best non-learning->oracle gap.\n',
);
console.log(
  ['world', 'members', ...STRATEGIES, 'gap R->O', 'gap N->O', 'repeats after cd']
    .map((h) => h.padStart(13))
    .join(''),
);
for (const world of WORLDS) {
  for (const size of sizes) {
    const late: Record<Strategy, number[]> = {
      random: [],
      idf: [],
      'shared-count': [],
      kindred: [],
      oracle: [],
    };
    const gapRandom: number[] = [];
    const gapBest: number[] = [];
    let repeats = 0;
    for (const seed of seeds) {
      const truth = makeWorld(size, seed, world);
      const at: Partial<Record<Strategy, number>> = {};
      for (const strategy of STRATEGIES) {
        const rows = runOfflineRounds(truth, strategy, { rounds: ROUNDS, seed });
        if (rows.some((r) => r.repeatsInCooldown > 0))
          throw new Error(`${strategy} repeated a pair within the cooldown`);
        if (strategy === 'kindred') repeats += rows.reduce((n, r) => n + r.repeatsAfterCooldown, 0);
        at[strategy] = mean(rows.slice(ROUNDS - LATE).map((r) => r.chance));
        late[strategy].push(at[strategy]);
      }
      const best = Math.max(at.idf!, at['shared-count']!);
      gapRandom.push((at.kindred! - at.random!) / (at.oracle! - at.random!));
      gapBest.push((at.kindred! - best) / (at.oracle! - best));
    }
    console.log(
      [
        world.padStart(13),
        String(size).padStart(13),
        ...STRATEGIES.map((s) => both(late[s])),
        both(gapRandom),
        both(gapBest),
        String(repeats).padStart(13),
      ].join(''),
    );
  }
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all`);
