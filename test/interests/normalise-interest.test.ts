import { describe, expect, it } from 'vitest';
import { INTEREST_ALIASES } from '../../src/interests/interest-aliases.ts';
import { normaliseInterest } from '../../src/interests/normalise-interest.ts';

describe('normaliseInterest', () => {
  it.each([
    ['Hiking', 'hiking'],
    ['hikes', 'hiking'],
    ['hiking', 'hiking'],
    ['  HIKE!! ', 'hiking'],
    ['board games', 'board games'],
    ['boardgames', 'board games'],
    ['Board Game', 'board games'],
    ['board-games', 'board games'],
    ['food bank', 'food bank'],
    ['foodbanks', 'food bank'],
    ['Food Banks', 'food bank'],
    ['D&D', 'dungeons and dragons'],
    ['Sci-Fi', 'science fiction'],
    ['Rock climbing', 'climbing'],
  ])('maps %j to the canonical %j', (raw, expected) => {
    expect(normaliseInterest(raw)).toBe(expected);
  });

  it('folds case, spacing and punctuation', () => {
    expect(normaliseInterest('  Pottery   CLASSES... ')).toBe('pottery class');
    expect(normaliseInterest('pottery class')).toBe('pottery class');
  });

  it('strips diacritics and folds letters NFKD leaves alone', () => {
    expect(normaliseInterest('Crème Brûlée')).toBe('creme brulee');
    expect(normaliseInterest('Straße')).toBe('strasse');
    expect(normaliseInterest('Smørrebrød')).toBe('smorrebrod');
  });

  it('singularises regular plurals with simple rules', () => {
    expect(normaliseInterest('charities')).toBe('charity');
    expect(normaliseInterest('boxes')).toBe('box');
    expect(normaliseInterest('matches')).toBe('match');
    expect(normaliseInterest('kites')).toBe('kite');
  });

  it('leaves words that only look plural alone', () => {
    for (const word of ['chess', 'tennis', 'news', 'physics', 'athletics', 'series']) {
      expect(normaliseInterest(word)).toBe(word);
    }
  });

  it('handles irregular plurals and possessives', () => {
    expect(normaliseInterest("Women's shelters")).toBe('woman shelter');
    expect(normaliseInterest('womens shelter')).toBe('woman shelter');
    expect(normaliseInterest('leaves')).toBe('leaf');
  });

  it('keeps names like c++ and f# whole', () => {
    expect(normaliseInterest('C++')).toBe('c++');
    expect(normaliseInterest('F#')).toBe('f#');
  });

  it('returns an empty string when nothing meaningful is left', () => {
    expect(normaliseInterest('!!!')).toBe('');
    expect(normaliseInterest('   ')).toBe('');
  });

  it('is idempotent on every alias and canonical name', () => {
    for (const [canonical, variants] of Object.entries(INTEREST_ALIASES)) {
      expect(normaliseInterest(canonical)).toBe(canonical);
      for (const variant of variants) expect(normaliseInterest(variant)).toBe(canonical);
    }
  });

  it('is idempotent on arbitrary text', () => {
    for (const raw of ['Running Shoes!', 'tomatoes', 'Café Culture', 'Glasses', 'buses', 'classes & clubs']) {
      const once = normaliseInterest(raw);
      expect(normaliseInterest(once)).toBe(once);
    }
  });
});
