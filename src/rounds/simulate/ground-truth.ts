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
  /** Answers "genuine" whatever happened (the bias world). */
  yesSayer: boolean;
}

/**
 * What bonds people in a synthetic community:
 * - independent: a few interests bond strongly, unrelated to how rare they are;
 * - rarity: rarer interests bond more, so rarity alone is nearly right;
 * - flat: every shared interest bonds the same, so there is nothing to learn;
 * - bias: as independent, and a third of members answer "genuine" regardless;
 * - drift: as independent until round 6, then what bonds people is drawn afresh.
 */
export const WORLDS = ['independent', 'rarity', 'flat', 'bias', 'drift'] as const;
export type WorldKind = (typeof WORLDS)[number];

/** The round from which the drift world's second truth holds. */
export const DRIFT_ROUND = 6;

/** The hidden truth of a synthetic community: who people are, and what really bonds them. */
export interface World {
  kind: WorldKind;
  members: SimMember[];
  /** Log-odds a shared interest adds to a genuine connection, keyed `${kind}:${name}`. */
  bond: Map<string, number>;
  /** The drift world's truth from DRIFT_ROUND on. */
  laterBond?: Map<string, number>;
}

/** What bonds people in a given round (1-based). */
export function bondAt(world: World, round: number): Map<string, number> {
  return world.laterBond && round >= DRIFT_ROUND ? world.laterBond : world.bond;
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
 * A seeded community of the given kind (see WORLDS). Popularity (Zipf) is drawn
 * independently of bonding strength except in the rarity world. A few members are flaky
 * or silent.
 */
export function makeWorld(size: number, seed: number, kind: WorldKind = 'independent'): World {
  const rng = mulberry32(seed);
  const hobbies = [...new Set(SIM_HOBBIES.map(normaliseInterest))];
  const causes = [...new Set(SIM_CAUSES.map(normaliseInterest))];
  const independent = () => {
    const bond = new Map<string, number>();
    const strength = (strongShare: number) => (rng() < strongShare ? 1.6 + rng() * 1.2 : -0.4 + rng() * 0.8);
    for (const h of hobbies) bond.set(`hobby:${h}`, strength(0.2));
    for (const c of causes) bond.set(`volunteer:${c}`, strength(0.3));
    return bond;
  };
  const bond = independent();
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
      yesSayer: kind === 'bias' && rng() < 1 / 3,
    });
  }
  if (kind === 'flat') for (const key of bond.keys()) bond.set(key, 0.9);
  if (kind === 'rarity') {
    const holders = new Map<string, number>();
    for (const m of members)
      for (const key of [...m.hobbies.map((h) => `hobby:${h}`), ...m.volunteer.map((v) => `volunteer:${v}`)])
        holders.set(key, (holders.get(key) ?? 0) + 1);
    // Sharing something one member in e (or more) holds adds nothing; rarer, up to ~2.5.
    for (const key of bond.keys())
      bond.set(key, 0.6 * Math.log(size / Math.max(1, holders.get(key) ?? 1)) - 0.6);
  }
  return { kind, members, bond, laterBond: kind === 'drift' ? independent() : undefined };
}

/** The true log-odds that a group's intro feels genuine, from what at least two of them share. */
export function groupLogOdds(world: World, group: ReadonlyArray<SimMember>, round: number): number {
  const bond = bondAt(world, round);
  let logOdds = BASE_LOG_ODDS;
  for (const [kind, lists] of [
    ['hobby', group.map((m) => m.hobbies)],
    ['volunteer', group.map((m) => m.volunteer)],
  ] as const) {
    const counts = new Map<string, number>();
    for (const list of lists) for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
    for (const [name, n] of counts) if (n >= 2) logOdds += bond.get(`${kind}:${name}`) ?? 0;
  }
  return logOdds;
}

/** What really happened at one intro: did they meet, and did it click. */
export function meetingOutcome(
  world: World,
  group: SimMember[],
  rng: Rng,
  round: number,
): { met: boolean; genuine: boolean } {
  const met = group.every((m) => rng() < m.shows);
  if (!met) return { met, genuine: false };
  return { met, genuine: rng() < 1 / (1 + Math.exp(-groupLogOdds(world, group, round))) };
}

/** What one member says about an intro at first: mostly, not always, what they felt. */
export function firstAnswer(
  member: SimMember,
  truth: { met: boolean; genuine: boolean },
  rng: Rng,
): 'genuine' | 'transactional' | 'no_show' {
  if (!truth.met) return 'no_show';
  if (member.yesSayer) return 'genuine';
  const honest = rng() < 0.9;
  return truth.genuine === honest ? 'genuine' : 'transactional';
}
