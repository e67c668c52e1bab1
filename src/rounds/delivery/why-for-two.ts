import type { IntroDelivery } from '../../platform.ts';

/**
 * The sentence of why, for a trio that lost one member before it was sent. The matcher's
 * sentence spoke of three ("All three of you…", "Two of you…"), and only what all three
 * shared is known to hold for both who remain; the one who is missing is never named.
 */
export function whyForTwo(shared: IntroDelivery['shared']): string {
  const lead = shared.hobbies[0] ?? shared.volunteer[0];
  const planned = 'This was planned as a group of three; this time it is just the two of you.';
  if (lead === undefined)
    return `${planned} You have no listed interests in common yet — a chance to discover some.`;
  const main =
    shared.hobbies[0] !== undefined
      ? `You both love ${lead}`
      : `You both give time to the same cause, ${lead}`;
  const more = shared.hobbies.length + shared.volunteer.length - 1;
  const tail = more > 0 ? `, and you have ${more} more interest${more === 1 ? '' : 's'} in common` : '';
  return `${planned} ${main}${tail}.`;
}
