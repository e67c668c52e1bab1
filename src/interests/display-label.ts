/**
 * How an interest is shown mid-sentence, from what someone typed: spacing tidied, and a
 * capital first letter dropped when it is only there because the word began a list entry
 * ("Board games" -> "board games"), while names and acronyms keep theirs ("AIDS awareness",
 * "Dungeons & Dragons", "iPhone photography").
 */
export function displayLabel(typed: string): string {
  const label = typed.trim().replace(/\s+/g, ' ');
  const first = label.split(' ')[0] ?? '';
  const acronym = first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first);
  const restHasCapitals = /\p{Lu}/u.test(label.slice(1));
  if (acronym || restHasCapitals) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
