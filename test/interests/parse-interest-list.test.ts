import { describe, expect, it } from 'vitest';
import { parseInterestList } from '../../src/interests/parse-interest-list.ts';

describe('parseInterestList', () => {
  it('splits on commas, semicolons and newlines into normalised interests, keeping how each was written', () => {
    expect(parseInterestList('Hiking, board games; food  banks\nChess')).toEqual({
      ok: true,
      interests: ['hiking', 'board games', 'food bank', 'chess'],
      spellings: ['Hiking', 'board games', 'food banks', 'Chess'],
    });
  });

  it('drops duplicates that differ only in spelling, keeping the first position', () => {
    expect(parseInterestList('hikes, Chess, hiking, boardgames, board game')).toEqual({
      ok: true,
      interests: ['hiking', 'chess', 'board games'],
      spellings: ['hikes', 'Chess', 'boardgames'],
    });
  });

  it('skips empty entries and entries that are only punctuation', () => {
    expect(parseInterestList(' , chess,, ;!!; ')).toEqual({
      ok: true,
      interests: ['chess'],
      spellings: ['chess'],
    });
  });

  it('reports an empty list with the interests.empty code', () => {
    expect(parseInterestList('')).toEqual({ ok: false, code: 'interests.empty', limit: 1 });
    expect(parseInterestList(' ,;, ')).toEqual({ ok: false, code: 'interests.empty', limit: 1 });
  });

  it('reports more than 12 interests with the interests.too_many code and the limit', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => `interest ${i}`).join(', ');
    expect(parseInterestList(thirteen)).toEqual({ ok: false, code: 'interests.too_many', limit: 12 });
    const twelve = Array.from({ length: 12 }, (_, i) => `interest ${i}`).join(', ');
    expect(parseInterestList(twelve).ok).toBe(true);
  });

  it('counts interests after merging duplicates', () => {
    const text = Array.from({ length: 20 }, () => 'hiking').join(', ');
    expect(parseInterestList(text)).toMatchObject({ ok: true, interests: ['hiking'] });
  });

  it('reports an entry longer than 40 characters with the interests.too_long code and the entry', () => {
    const long = 'a'.repeat(41);
    expect(parseInterestList(`chess, ${long}`)).toEqual({
      ok: false,
      code: 'interests.too_long',
      limit: 40,
      item: long,
    });
    expect(parseInterestList('a'.repeat(40)).ok).toBe(true);
  });

  it('accepts custom limits', () => {
    expect(parseInterestList('a1, b2, c3', { maxCount: 2 })).toEqual({
      ok: false,
      code: 'interests.too_many',
      limit: 2,
    });
    expect(parseInterestList('chess', { maxLength: 3 })).toMatchObject({
      ok: false,
      code: 'interests.too_long',
      limit: 3,
    });
  });
});
