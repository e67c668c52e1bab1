import { mulberry32, randomInt } from '../../../src/matching/random.ts';
import type { MatchMember, PastIntro } from '../../../src/matching/types.ts';

const HOBBIES = ['chess', 'hiking', 'jazz', 'baking', 'go', 'poetry', 'yoga', 'darts', 'tango', 'birding'];
const CAUSES = ['food bank', 'tutoring', 'animal shelter'];

export interface GroupRoster {
  members: MatchMember[];
  history: PastIntro[];
}

/**
 * A seeded roster of `size` members with a few interests each and, when `rules` is set,
 * blocks and past groups of three to five people (so the cooldown covers whole groups).
 */
export function groupRoster(seed: number, size: number, rules: boolean): GroupRoster {
  const rng = mulberry32(seed);
  const ids = Array.from({ length: size }, (_, i) => `p${i}`);
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: randomInt(rng, max + 1) }, () => items[randomInt(rng, items.length)]!)),
  ];
  const members = ids.map((id) => ({
    id,
    hobbies: some(HOBBIES, 3),
    volunteer: some(CAUSES, 1),
    industry: rng() < 0.5 ? `field ${randomInt(rng, 3)}` : null,
    blocked: rules && rng() < 0.2 ? [ids[randomInt(rng, size)]!] : [],
  }));
  const history: PastIntro[] = [];
  if (rules) {
    for (let r = 0; r < 3; r++) {
      for (let k = 0; k < size / 6; k++) {
        const group = some(ids, 3 + randomInt(rng, 3));
        if (group.length >= 2) history.push({ round: `week ${r}`, members: group });
      }
    }
  }
  return { members, history };
}
