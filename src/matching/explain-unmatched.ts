import type { CommunityIndex } from './community-index.ts';
import type { PairRules } from './pair-rules.ts';
import type { Unmatched } from './types.ts';

/** Why member `x` sits out this round, with a stable code that doubles as a message key. */
export function explainUnmatched(index: CommunityIndex, rules: PairRules, x: number): Unmatched {
  const id = index.ids[x]!;
  if (index.size === 1) {
    return { id, code: 'match.alone', reason: 'Nobody else is taking part in this round.' };
  }
  let blocked = 0;
  let eligible = 0;
  for (let v = 0; v < index.size; v++) {
    if (v === x) continue;
    const rule = rules.exclusion(x, v);
    if (rule === null) eligible++;
    else if (rule === 'blocked') blocked++;
  }
  if (blocked === index.size - 1) {
    return {
      id,
      code: 'match.blocked_everyone',
      reason: 'Blocks rule out every other member of this round.',
    };
  }
  if (eligible === 0) {
    return {
      id,
      code: 'match.no_eligible_partner',
      reason: `Every other member is blocked, marked never-again, or was met within the last ${rules.cooldown} rounds.`,
    };
  }
  return {
    id,
    code: 'match.no_group_fits',
    reason:
      'Everyone this member may still meet is already paired, and each group they could join includes someone they may not meet.',
  };
}
