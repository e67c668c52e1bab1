import { ICEBREAKERS, OPEN_ICEBREAKERS } from './icebreaker-templates.ts';
import { interestCategory } from './interest-categories.ts';
import { hashString } from './random.ts';
import type { InterestKind } from './types.ts';

/**
 * An icebreaker about the given shared interest (or an open question when there is none),
 * chosen from its category's templates. The choice hashes the seed with the group and the
 * interest, so it is stable for a seed and does not depend on the order groups are formed.
 */
export function pickIcebreaker(
  topic: { kind: InterestKind; name: string } | null,
  seed: number,
  groupKey: string,
): string {
  const templates = topic === null ? OPEN_ICEBREAKERS : ICEBREAKERS[interestCategory(topic.kind, topic.name)];
  const pick = hashString(`${groupKey}|${topic?.name ?? ''}`, seed) % templates.length;
  const name = topic?.name ?? '';
  return templates[pick]!.replaceAll('{interest}', name).replaceAll(
    '{Interest}',
    name.charAt(0).toUpperCase() + name.slice(1),
  );
}
