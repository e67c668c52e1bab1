import { describe, expect, it } from 'vitest';
import { chancePoints, pointsInWords } from '../../src/http/dashboard/learned/chance-points.ts';

describe('a coefficient in points of the chance an intro feels genuine', () => {
  it('turns log-odds of ln 3 at an even chance into 25 points', () => {
    expect(chancePoints(Math.log(3), 0, 0.5).points).toBeCloseTo(25, 6);
  });

  it('puts the 90% interval around the figure and widens it with the uncertainty', () => {
    const narrow = chancePoints(0.4, 0.1, 0.3);
    const wide = chancePoints(0.4, 0.5, 0.3);
    expect(narrow.low).toBeLessThan(narrow.points);
    expect(narrow.high).toBeGreaterThan(narrow.points);
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it('says adds, takes off or changes by nothing in words', () => {
    expect(pointsInWords(chancePoints(0.5, 0.1, 0.5))).toMatch(
      /^adds about 12\.2 points \(90% interval \+8\.3 to \+16\.0\)$/,
    );
    expect(pointsInWords(chancePoints(-0.5, 0.1, 0.5))).toMatch(/^takes about 12\.2 points off/);
    expect(pointsInWords(chancePoints(0, 0.1, 0.5))).toMatch(/^changes by about 0\.0 points/);
  });
});
