import { explainGroup } from './explain-group.ts';
import { groupCommonGround, type CommonInterest } from './group-common-ground.ts';
import { pickIcebreaker } from './pick-icebreaker.ts';
import { scorePair, type ScoreContext } from './score-pair.ts';
import type { Group, SharedInterests } from './types.ts';

const byKind = (
  interests: ReadonlyArray<CommonInterest>,
  name: (i: CommonInterest) => string,
): SharedInterests => ({
  hobbies: interests.filter((i) => i.kind === 'hobby').map(name),
  volunteer: interests.filter((i) => i.kind === 'volunteer').map(name),
});

/**
 * The group as the rest of Kindred sees it: ids, score, what all of them share and what
 * only some do (as people wrote it), the keys feedback learns from, the hook and an
 * icebreaker about what everyone shares. `usualSize` is the round's group size, so a
 * bigger group can say why.
 */
export function describeGroup(
  ctx: ScoreContext,
  members: ReadonlyArray<number>,
  seed: number,
  usualSize = 2,
): Group {
  const { index } = ctx;
  let score = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) score += scorePair(ctx, members[i]!, members[j]!);
  }
  const ground = groupCommonGround(index, members);
  const ids = members.map((m) => index.ids[m]!);
  const top = ground.all[0];
  const group: Group = {
    members: ids,
    score: Math.round(score * 100) / 100,
    shared: byKind(ground.all, (i) => i.label),
    keys: byKind([...ground.all, ...ground.some], (i) => index.interestName[i.id]!),
    // Only what every reader holds makes a fair opening question for all of them.
    icebreaker: pickIcebreaker(
      top === undefined ? null : { kind: top.kind, name: top.label },
      seed,
      ids.join(','),
    ),
    why: explainGroup(index, members, ground, usualSize),
  };
  if (ground.some.length > 0) {
    group.sharedBy = ground.some.map((i) => ({
      interest: i.label,
      kind: i.kind,
      members: i.holders.map((m) => index.ids[m]!),
    }));
  }
  return group;
}
