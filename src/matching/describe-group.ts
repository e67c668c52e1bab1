import { explainGroup } from './explain-group.ts';
import { pickIcebreaker } from './pick-icebreaker.ts';
import { scorePair, type ScoreContext } from './score-pair.ts';
import { sharedInterestIds } from './shared-interest-ids.ts';
import type { Group } from './types.ts';

/** The group as the rest of Kindred sees it: ids, score, what they share, why, and an icebreaker. */
export function describeGroup(ctx: ScoreContext, members: ReadonlyArray<number>, seed: number): Group {
  const { index } = ctx;
  let score = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) score += scorePair(ctx, members[i]!, members[j]!);
  }
  const shared = sharedInterestIds(index, members);
  const names = (kind: 'hobby' | 'volunteer'): string[] =>
    shared.filter((id) => index.interestKind[id] === kind).map((id) => index.interestName[id]!);
  const ids = members.map((m) => index.ids[m]!);
  const top = shared[0];
  const topic = top === undefined ? null : { kind: index.interestKind[top]!, name: index.interestName[top]! };
  return {
    members: ids,
    score: Math.round(score * 100) / 100,
    shared: { hobbies: names('hobby'), volunteer: names('volunteer') },
    icebreaker: pickIcebreaker(topic, seed, ids.join(',')),
    why: explainGroup(index, members, shared),
  };
}
