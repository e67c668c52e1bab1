import { mentionToken } from '../domain/mention-token.ts';
import type { CommunityIndex } from './community-index.ts';
import type { CommonInterest, GroupCommonGround } from './group-common-ground.ts';

// Below this share of the community an interest is worth calling rare.
const RARE_SHARE = 0.05;
// Beyond this many "who shares what" sentences a big group's text becomes a list.
const MAX_TIES = 3;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (n: number): string => NUMBER_WORDS[n] ?? String(n);
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

// "You both love bouldering" / "All three of you volunteer for the food bank".
function lead(top: CommonInterest, size: number): string {
  const who = size === 2 ? 'You both' : `All ${count(size)} of you`;
  return top.kind === 'hobby' ? `${who} love ${top.label}` : `${who} volunteer for ${top.label}`;
}

// Said only when true for every reader: each of them holds the interest.
function rarity(index: CommunityIndex, top: CommonInterest, size: number): string {
  const holders = index.holderCount[top.id]!;
  if (holders === size && index.size > size) return ' — and nobody else here lists it';
  if (holders < index.size && holders <= Math.max(3, RARE_SHARE * index.size))
    return ', which few people here list';
  return '';
}

// "and you also share jazz and sourdough" / "and 4 more things, among them jazz and chess".
function alsoAll(more: ReadonlyArray<CommonInterest>, size: number): string {
  if (more.length === 0) return '';
  const who = size === 2 ? 'you' : 'you all';
  if (more.length <= 2) return `. ${capitalise(who)} also share ${joinAnd(more.map((i) => i.label))}`;
  const named = more.slice(0, 2).map((i) => i.label);
  return `. ${capitalise(who)} share ${more.length} more things too, among them ${joinAnd(named)}`;
}

// "{@a} and {@b} also share jazz; {@a} and {@c} volunteer for the food bank", per set of
// holders, for what only some of the group share.
function ties(index: CommunityIndex, some: ReadonlyArray<CommonInterest>, also: boolean): string[] {
  const bySet = new Map<string, { holders: number[]; hobbies: string[]; causes: string[] }>();
  for (const interest of some) {
    const key = interest.holders.join(',');
    const entry = bySet.get(key) ?? { holders: interest.holders, hobbies: [], causes: [] };
    (interest.kind === 'hobby' ? entry.hobbies : entry.causes).push(interest.label);
    bySet.set(key, entry);
  }
  const list = (labels: string[]) =>
    labels.length <= 3 ? joinAnd(labels) : `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more`;
  const sentences = [...bySet.values()].map(({ holders, hobbies, causes }) => {
    const who = joinAnd(holders.map((m) => mentionToken(index.ids[m]!)));
    const parts = [
      ...(hobbies.length > 0 ? [`share ${list(hobbies)}`] : []),
      ...(causes.length > 0 ? [`volunteer for ${list(causes)}`] : []),
    ];
    return `${who} ${also ? 'also ' : 'both '}${parts.join(' and ')}.`.replace(
      ' both ',
      holders.length === 2 ? ' both ' : ' ',
    );
  });
  if (sentences.length <= MAX_TIES) return sentences;
  return [...sentences.slice(0, MAX_TIES), 'Between you there is more common ground besides.'];
}

function whyBigger(size: number, usualSize: number): string {
  if (size <= usualSize) return '';
  return usualSize === 2
    ? 'There was an odd number of people this round, so you are three rather than two.'
    : `The numbers did not divide evenly this round, so you are ${count(size)} rather than ${count(usualSize)}.`;
}

/**
 * The hook of an introduction, written for everyone who reads it: what all of them share
 * (the rarest first, and whether that is rare here), then, in a bigger group, who shares
 * what among them, anyone who shares nothing listed, and why they are more than usual.
 * Counts only cover what every reader holds. Names appear only as mention tokens.
 */
export function explainGroup(
  index: CommunityIndex,
  members: ReadonlyArray<number>,
  ground: GroupCommonGround,
  usualSize = 2,
): string {
  const size = members.length;
  const [top, ...more] = ground.all;
  const sentences: string[] = [];
  if (top !== undefined)
    sentences.push(`${lead(top, size)}${rarity(index, top, size)}${alsoAll(more, size)}.`);
  sentences.push(...ties(index, ground.some, top !== undefined));
  const loose = members.filter((m) => !ground.all.length && !ground.some.some((i) => i.holders.includes(m)));
  if (sentences.length === 0) {
    sentences.push('Nothing on your profiles overlaps yet, which leaves everything to discover.');
  } else if (loose.length > 0) {
    const who = joinAnd(loose.map((m) => mentionToken(index.ids[m]!)));
    sentences.push(
      `${who} ${loose.length === 1 ? 'brings' : 'bring'} something new: nothing listed in common yet.`,
    );
  }
  const bigger = whyBigger(size, usualSize);
  if (bigger) sentences.push(bigger);
  return sentences.join(' ');
}
