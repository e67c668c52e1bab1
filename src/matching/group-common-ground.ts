import type { CommunityIndex } from './community-index.ts';
import { interestLabel } from './interest-label.ts';
import { sharedInterestIds } from './shared-interest-ids.ts';
import type { InterestKind } from './types.ts';

/** One interest two or more members of a group hold. */
export interface CommonInterest {
  id: number;
  kind: InterestKind;
  /** As the group wrote it. */
  label: string;
  /** Member indices holding it, ascending. */
  holders: number[];
}

/** What a group has in common: what all hold, then what only some share; each rarest first. */
export interface GroupCommonGround {
  all: CommonInterest[];
  some: CommonInterest[];
}

/** Splits a group's shared interests into what every member holds and what only some do. */
export function groupCommonGround(index: CommunityIndex, members: ReadonlyArray<number>): GroupCommonGround {
  const all: CommonInterest[] = [];
  const some: CommonInterest[] = [];
  for (const id of sharedInterestIds(index, members)) {
    const interest = {
      id,
      kind: index.interestKind[id]!,
      label: interestLabel(index, id, members),
      holders: members.filter((m) => index.memberInterests[m]!.includes(id)),
    };
    (interest.holders.length === members.length ? all : some).push(interest);
  }
  return { all, some };
}
