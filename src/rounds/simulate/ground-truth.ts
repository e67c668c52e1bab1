import { normaliseInterest } from '../../interests/normalise-interest.ts';
import type { Rng } from '../../matching/random.ts';
import { mulberry32, randomInt } from '../../matching/random.ts';
import { SIM_CAUSES, SIM_HOBBIES, SIM_INDUSTRIES, SIM_ZONES } from './vocabulary.ts';

/** A synthetic member with the traits the platform never sees. */
export interface SimMember {
  userId: string;
  hobbies: string[];
  volunteer: string[];
  timezone: string;
  industry: string;
  /** Chance of turning up to a meeting. */
  shows: number;
  /** Chance of answering "how did it go?" unprompted. */
  answers: number;
}

/** The hidden truth of a synthetic community: who people are, and what really bonds them. */
export interface World {
  members: SimMember[];
  /** Log-odds a shared interest adds to a genuine connection, keyed `${kind}:${name}`. */
  bond: Map<string, number>;
}

// With nothing in common, about one meeting in six feels genuine.
export const BASE_LOG_ODDS = -1.6;

function zipfPicker(n: number, rng: Rng): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / (i + 1) ** 0.8));
  return () => {
    const x = rng() * total;
    const i = cumulative.findIndex((c) => c >= x);
    return i < 0 ? n - 1 : i;
  };
}

function pick(words: string[], count: number, draw: () => number): string[] {
  const chosen = new Set<string>();
  for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(words[draw()]!);
  return [...chosen];
}

/**
 * A seeded community. Popularity (Zipf) and bonding strength are drawn independently:
 * some common interests bond people strongly and some rare ones barely, so rarity alone
 * is a poor guide and there is something to learn. A few members are flaky or silent.
 */
export function makeWorld(size: number, seed: number): World {
  const rng = mulberry32(seed);
  const hobbies = [...new Set(SIM_HOBBIES.map(normaliseInterest))];
  const causes = [...new Set(SIM_CAUSES.map(normaliseInterest))];
  const bond = new Map<string, number>();
  const strength = (strongShare: number) => (rng() < strongShare ? 1.6 + rng() * 1.2 : -0.4 + rng() * 0.8);
  for (const h of hobbies) bond.set(`hobby:${h}`, strength(0.2));
  for (const c of causes) bond.set(`volunteer:${c}`, strength(0.3));
  // Shuffle which words are popular, independently of how strongly they bond.
  const order = (words: string[]) =>
    words
      .map((w) => [rng(), w] as const)
      .sort((a, b) => a[0] - b[0])
      .map((p) => p[1]);
  const hobbyOrder = order(hobbies);
  const causeOrder = order(causes);
  const hobby = zipfPicker(hobbyOrder.length, rng);
  const cause = zipfPicker(causeOrder.length, rng);
  const members: SimMember[] = [];
  for (let i = 0; i < size; i++) {
    const flaky = rng() < 0.08;
    const silent = rng() < 0.05;
    members.push({
      userId: `S${String(i + 1).padStart(4, '0')}`,
      hobbies: pick(hobbyOrder, 2 + randomInt(rng, 4), hobby),
      volunteer: rng() < 0.6 ? pick(causeOrder, 1 + randomInt(rng, 2), cause) : [],
      timezone: SIM_ZONES[randomInt(rng, SIM_ZONES.length)]!,
      industry: SIM_INDUSTRIES[randomInt(rng, SIM_INDUSTRIES.length)]!,
      shows: flaky ? 0.5 : 0.93,
      answers: silent ? 0.03 : 0.55 + rng() * 0.35,
    });
  }
  return { members, bond };
}

/** What really happened at one intro: did they meet, and did it click. */
export function meetingOutcome(
  world: World,
  group: SimMember[],
  rng: Rng,
): { met: boolean; genuine: boolean } {
  const met = group.every((m) => rng() < m.shows);
  if (!met) return { met, genuine: false };
  let logOdds = BASE_LOG_ODDS;
  for (const [kind, lists] of [
    ['hobby', group.map((m) => m.hobbies)],
    ['volunteer', group.map((m) => m.volunteer)],
  ] as const) {
    const counts = new Map<string, number>();
    for (const list of lists) for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
    for (const [name, n] of counts) if (n >= 2) logOdds += world.bond.get(`${kind}:${name}`) ?? 0;
  }
  return { met, genuine: rng() < 1 / (1 + Math.exp(-logOdds)) };
}
