import { displayLabel } from '../interests/display-label.ts';
import { normaliseInterest } from '../interests/normalise-interest.ts';
import type { PairScorer } from './pair-scorer.ts';
import type { InterestKind, MatchMember } from './types.ts';
import { utcOffsetMinutes } from './utc-offset-minutes.ts';

/**
 * A roster turned into integer-indexed arrays so candidate search and scoring never hash
 * strings in their inner loops. Interest ids are per kind: "food bank" as a hobby and as a
 * cause are different interests.
 */
export interface CommunityIndex {
  size: number;
  ids: string[];
  indexOf: Map<string, number>;
  interestName: string[];
  interestKind: InterestKind[];
  /** How many members hold each interest. */
  holderCount: Int32Array;
  /** What sharing each interest adds to a pair's common ground, as the scorer values it. */
  interestValue: Float64Array;
  /** Members holding each interest, ascending. */
  holders: Int32Array[];
  /** Each member's interest ids, ascending, so two members intersect by merging. */
  memberInterests: Int32Array[];
  /** Per member: interest id -> how that member wrote it, for text people read. */
  memberLabels: Array<Map<number, string>>;
  /** Minutes east of UTC; NaN when the zone is unknown. */
  offsetMinutes: Float64Array;
  /** Industry id; -1 when not given. */
  industry: Int32Array;
  priority: Float64Array;
}

export interface IndexOptions {
  scorer: PairScorer;
  /** Reference instant for time-zone offsets. */
  at: Date;
}

function valueOf(scorer: PairScorer, kind: InterestKind, name: string, idf: number): number {
  const value = scorer.interestValue(kind, name, idf);
  if (!Number.isFinite(value)) throw new Error(`value of ${kind} "${name}" is not finite: ${value}`);
  return value;
}

/** Builds the index; members must have unique ids (the caller validates input). */
export function indexCommunity(members: ReadonlyArray<MatchMember>, options: IndexOptions): CommunityIndex {
  const size = members.length;
  const ids = members.map((m) => m.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (indexOf.has(id)) throw new Error(`duplicate member id "${id}"`);
    indexOf.set(id, i);
  });

  const normalised = new Map<string, string>();
  const normalise = (raw: string): string => {
    let key = normalised.get(raw);
    if (key === undefined) normalised.set(raw, (key = normaliseInterest(raw)));
    return key;
  };

  const interestId = new Map<string, number>();
  const interestName: string[] = [];
  const interestKind: InterestKind[] = [];
  const holderLists: number[][] = [];
  const memberInterests: Int32Array[] = [];
  const memberLabels: Array<Map<number, string>> = [];
  members.forEach((member, i) => {
    const mine = new Set<number>();
    const labels = new Map<number, string>();
    for (const [kind, list] of [
      ['hobby', member.hobbies],
      ['volunteer', member.volunteer],
    ] as const) {
      for (const raw of list) {
        const name = normalise(raw);
        if (name === '') continue;
        const key = `${kind}:${name}`;
        let id = interestId.get(key);
        if (id === undefined) {
          id = interestName.length;
          interestId.set(key, id);
          interestName.push(name);
          interestKind.push(kind);
          holderLists.push([]);
        }
        if (!mine.has(id)) {
          mine.add(id);
          labels.set(id, displayLabel(raw));
          holderLists[id]!.push(i);
        }
      }
    }
    memberInterests.push(Int32Array.from(mine).sort());
    memberLabels.push(labels);
  });

  const holderCount = Int32Array.from(holderLists, (h) => h.length);
  // ln((N+1)/df) stays positive even for an interest everyone holds, so it still counts a little.
  const interestValue = Float64Array.from(interestName, (name, id) =>
    valueOf(options.scorer, interestKind[id]!, name, Math.log((size + 1) / holderCount[id]!)),
  );

  const offsets = new Map<string, number>();
  const offsetMinutes = Float64Array.from(members, (m) => {
    if (!m.timezone) return NaN;
    let offset = offsets.get(m.timezone);
    if (offset === undefined)
      offsets.set(m.timezone, (offset = utcOffsetMinutes(m.timezone, options.at) ?? NaN));
    return offset;
  });

  const industries = new Map<string, number>();
  const industry = Int32Array.from(members, (m) => {
    const name = m.industry?.trim().toLowerCase();
    if (!name) return -1;
    let id = industries.get(name);
    if (id === undefined) industries.set(name, (id = industries.size));
    return id;
  });

  const priority = Float64Array.from(members, (m) => Math.max(0, m.priority ?? 0) || 0);

  return {
    size,
    ids,
    indexOf,
    interestName,
    interestKind,
    holderCount,
    interestValue,
    holders: holderLists.map((h) => Int32Array.from(h)),
    memberInterests,
    memberLabels,
    offsetMinutes,
    industry,
    priority,
  };
}
