import { INTEREST_ALIASES } from './interest-aliases.ts';
import { singulariseWord } from './singularise-word.ts';

// Letters that NFKD does not decompose into a base letter plus a mark.
const FOLD: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

function clean(raw: string): string[] {
  const folded = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    // A possessive is not part of the interest ("women's shelter" = "women shelter"), and
    // "rock'n'roll" keeps its letters together.
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    // "+" and "#" survive only inside a word, for names like "c++" and "f#".
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ');
  return folded.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
}

// Singularising until nothing changes keeps the result idempotent ("womens" -> "women"
// -> "woman"), which stored keys rely on when they are normalised again.
function singularFixedPoint(word: string): string {
  let current = word;
  for (let next = singulariseWord(current); next !== current; next = singulariseWord(current)) current = next;
  return current;
}

function stem(raw: string): string {
  return clean(raw).map(singularFixedPoint).join(' ');
}

const compact = (s: string): string => s.replace(/ /g, '');

const ALIAS_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(INTEREST_ALIASES)) {
    for (const variant of [canonical, ...variants]) {
      const key = compact(stem(variant));
      const existing = index.get(key);
      // Two canonical names claiming one spelling is a mistake in the data, not input.
      if (existing !== undefined && existing !== canonical) {
        throw new Error(`interest alias "${variant}" maps to both "${existing}" and "${canonical}"`);
      }
      index.set(key, canonical);
    }
  }
  return index;
})();

/**
 * The key Kindred stores and compares for what a person typed: case, spacing, punctuation
 * and diacritics folded, plurals singularised, known synonyms mapped to one canonical,
 * readable name ("Hiking", "hikes" -> "hiking"; "Boardgames" -> "board games").
 * Idempotent; returns "" when nothing meaningful is left.
 */
export function normaliseInterest(raw: string): string {
  const stemmed = stem(raw);
  return ALIAS_INDEX.get(compact(stemmed)) ?? stemmed;
}
