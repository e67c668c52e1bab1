import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../src/interests/display-label.ts';

describe('displayLabel', () => {
  it.each([
    ['Board games', 'board games'],
    ['  hiking  ', 'hiking'],
    ['Martial   arts', 'martial arts'],
    ['AIDS awareness', 'AIDS awareness'],
    ['Dungeons & Dragons', 'Dungeons & Dragons'],
    ['iPhone photography', 'iPhone photography'],
    ["Women's shelter", "women's shelter"],
  ])('shows %j mid-sentence as %j', (typed, shown) => {
    expect(displayLabel(typed)).toBe(shown);
  });
});
