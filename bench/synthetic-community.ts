import { mulberry32, randomInt, type Rng } from '../src/matching/random.ts';
import type { MatchMember, PastIntro } from '../src/matching/types.ts';

export interface SyntheticOptions {
  members: number;
  /** Past rounds to generate, each pairing most of the community at random. */
  rounds?: number;
  hobbies?: number;
  causes?: number;
  seed?: number;
}

const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'Europe/Madrid',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Asia/Singapore',
  'Australia/Sydney',
  'Africa/Lagos',
];

/** Draws from 0..n-1 with probability proportional to 1/(rank+1): a few interests are very common, most are rare. */
function zipf(n: number, rng: Rng): (r?: Rng) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1);
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function draw(count: number, pick: () => number, prefix: string): string[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(pick());
  return [...chosen].map((i) => `${prefix} ${i}`);
}

/** A seeded synthetic community: Zipf-distributed hobbies and causes, industries, time zones, a few blocks. */
export function syntheticMembers(options: SyntheticOptions): MatchMember[] {
  const rng = mulberry32(options.seed ?? 1);
  const hobby = zipf(options.hobbies ?? 240, rng);
  const cause = zipf(options.causes ?? 60, rng);
  const industry = zipf(20, rng);
  const zone = zipf(ZONES.length, rng);
  const members: MatchMember[] = [];
  for (let i = 0; i < options.members; i++) {
    members.push({
      id: `m${i}`,
      hobbies: draw(randomInt(rng, 6) + (rng() < 0.02 ? 0 : 1), hobby, 'hobby'),
      volunteer: draw(randomInt(rng, 3), cause, 'cause'),
      industry: rng() < 0.8 ? `industry ${industry()}` : null,
      timezone: rng() < 0.9 ? ZONES[zone()]! : null,
    });
  }
  for (let b = 0; b < options.members / 100; b++) {
    const member = members[randomInt(rng, members.length)]!;
    (member.blocked ??= []).push(`m${randomInt(rng, members.length)}`);
  }
  return members;
}

/** Past rounds, oldest first: each pairs a random 80% of the members. */
export function syntheticHistory(members: ReadonlyArray<MatchMember>, rounds: number, seed = 2): PastIntro[] {
  const rng = mulberry32(seed);
  const history: PastIntro[] = [];
  for (let r = 0; r < rounds; r++) {
    const ids = members.map((m) => m.id).filter(() => rng() < 0.8);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = randomInt(rng, i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (let i = 0; i + 1 < ids.length; i += 2)
      history.push({ round: `round-${r + 1}`, members: [ids[i]!, ids[i + 1]!] });
  }
  return history;
}
