import type { CommunityIndex } from './community-index.ts';
import { holdersAmong } from './shared-interest-ids.ts';

// Below this share of the community an interest is worth calling rare in the sentence.
const RARE_SHARE = 0.05;

function differentFields(index: CommunityIndex, members: ReadonlyArray<number>): boolean {
  const fields = members.map((m) => index.industry[m]!);
  return fields.every((f) => f >= 0) && new Set(fields).size === fields.length;
}

function subject(groupSize: number, holders: number): string {
  if (groupSize === 2) return 'You both';
  return holders === groupSize ? 'All three of you' : 'Two of you';
}

/**
 * One sentence saying why these people were introduced, with no names and no job details:
 * "You both love bouldering — a hobby only 4 people here share — and you work in different
 * fields." `shared` is rarest first; the rarest interest leads.
 */
export function explainGroup(
  index: CommunityIndex,
  members: ReadonlyArray<number>,
  shared: ReadonlyArray<number>,
): string {
  const fields = differentFields(index, members);
  const top = shared[0];
  if (top === undefined) {
    const tail = fields ? ', and you come from different fields' : '';
    return `You have no listed interests in common yet — a chance to discover some${tail}.`;
  }
  const name = index.interestName[top]!;
  const isHobby = index.interestKind[top] === 'hobby';
  const who = subject(members.length, holdersAmong(index, members, top));
  const main = isHobby ? `${who} love ${name}` : `${who} give time to the same cause, ${name}`;

  const count = index.holderCount[top]!;
  const rare = count < index.size && count <= Math.max(3, RARE_SHARE * index.size);
  const rarity = rare ? `${isHobby ? 'a hobby' : 'a cause'} only ${count} people here share` : '';

  const more = shared.length - 1;
  const tails: string[] = [];
  if (more > 0) tails.push(`you have ${more} more interest${more === 1 ? '' : 's'} in common`);
  if (fields) tails.push(tails.length > 0 ? 'work in different fields' : 'you work in different fields');
  const tail = tails.join(' and ');

  if (rarity && tail) return `${main} — ${rarity} — and ${tail}.`;
  if (rarity) return `${main} — ${rarity}.`;
  return tail ? `${main}, and ${tail}.` : `${main}.`;
}
