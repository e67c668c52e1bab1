import { INTEREST_LIST_LIMITS } from '../members/profile-rules.ts';
import { normaliseInterest } from './normalise-interest.ts';

/** Bounds on one list of interests; the defaults are the profile rules every entry point shares. */
export interface InterestListLimits {
  maxCount: number;
  maxLength: number;
}

export const DEFAULT_INTEREST_LIMITS: InterestListLimits = INTEREST_LIST_LIMITS;

/** Stable codes; each is also the key of the message shown to the member. */
export type InterestListErrorCode = 'interests.too_many' | 'interests.too_long' | 'interests.empty';

export type InterestListResult =
  /** `spellings[i]` is how `interests[i]` was written (the first way, when written twice). */
  | { ok: true; interests: string[]; spellings: string[] }
  /** `limit` is the bound that was broken (1 for empty); `item` is the offending entry. */
  | { ok: false; code: InterestListErrorCode; limit: number; item?: string };

// Commas and semicolons are what people type; newlines, pipes and bullets come from pasting.
const SEPARATORS = /[,;\n\r|•·]+/;

/**
 * Splits "Hiking, board games; food bank" into normalised, unique interests in the order
 * given. Entries that normalise to nothing ("!!") are skipped.
 */
export function parseInterestList(
  text: string,
  limits: Partial<InterestListLimits> = {},
): InterestListResult {
  return interestsFromItems(text.split(SEPARATORS), limits);
}

/**
 * The same rules over entries already split (a JSON array, a roster cell): each entry is
 * one interest, checked for length, normalised and deduplicated, then the list is counted.
 */
export function interestsFromItems(
  items: Iterable<string>,
  limits: Partial<InterestListLimits> = {},
): InterestListResult {
  const { maxCount, maxLength } = { ...DEFAULT_INTEREST_LIMITS, ...limits };
  const interests: string[] = [];
  const spellings: string[] = [];
  const seen = new Set<string>();
  for (const part of items) {
    const item = part.trim().replace(/\s+/g, ' ');
    if (item === '') continue;
    if (item.length > maxLength) return { ok: false, code: 'interests.too_long', limit: maxLength, item };
    const interest = normaliseInterest(item);
    if (interest === '' || seen.has(interest)) continue;
    seen.add(interest);
    interests.push(interest);
    spellings.push(item);
  }
  if (interests.length === 0) return { ok: false, code: 'interests.empty', limit: 1 };
  if (interests.length > maxCount) return { ok: false, code: 'interests.too_many', limit: maxCount };
  return { ok: true, interests, spellings };
}
