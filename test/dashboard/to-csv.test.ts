import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/http/dashboard/export/to-csv.ts';

describe('csvCell', () => {
  it('neutralises a list whose first item a spreadsheet would run as a formula', () => {
    expect(csvCell(['+2+3', 'chess'])).toBe("'+2+3;chess");
    expect(csvCell(['=HYPERLINK("x")', 'chess'])).toBe(`"'=HYPERLINK(""x"");chess"`);
    expect(csvCell(['@SUM(A1)'])).toBe("'@SUM(A1)");
    expect(csvCell(['-1', 'hiking'])).toBe("'-1;hiking");
  });

  it('leaves a list that starts with plain text alone', () => {
    expect(csvCell(['hiking', '+chess'])).toBe('hiking;+chess');
    expect(csvCell([])).toBe('');
  });

  it('still neutralises strings and leaves numbers as numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes a guarded list cell inside a whole file', () => {
    expect(toCsv(['id', 'hobbies'], [{ id: 'u1', hobbies: ['+2+3', 'chess'] }])).toBe(
      "id,hobbies\r\nu1,'+2+3;chess\r\n",
    );
  });
});
