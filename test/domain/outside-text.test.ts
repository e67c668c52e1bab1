import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/domain/clean-text.ts';
import { createRouter } from '../../src/http/dashboard/dashboard-router.ts';
import { normaliseInterest } from '../../src/interests/normalise-interest.ts';

describe('text and paths from outside', () => {
  it('GIVEN a NUL or another control character THEN cleanText drops it and keeps tabs and newlines', () => {
    expect(cleanText('ann\u0000ie\u0007')).toBe('annie');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
  });

  it("GIVEN an interest named like an Object property THEN it is that word, not Object's", () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(normaliseInterest(word)).toBe(word.toLowerCase());
  });

  it('GIVEN a malformed % escape in a dashboard path THEN the router says bad_request instead of throwing', () => {
    const route = createRouter([
      { method: 'GET', path: '/admin/c/:id/export/:file', handler: async () => {} },
    ]);
    expect(route('GET', '/admin/c/1/export/%E0%A4%A').kind).toBe('bad_request');
    expect(route('GET', '/admin/c/1/export/a%20b.csv')).toMatchObject({
      kind: 'found',
      params: { file: 'a b.csv' },
    });
  });
});
