import { describe, expect, it } from 'vitest';
import { parseHistoryFile } from '../../src/roster/parse-history-file.ts';

const roster = new Set(['u1', 'u2']);
const HISTORY = '[{"round":"2026-11-02","members":["u1","u2"],"feedback":{"u1":"genuine"}}]';

describe('parseHistoryFile', () => {
  it('GIVEN bytes with a UTF-8 byte-order mark THEN it reads as the text does', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HISTORY}`);
    expect(parseHistoryFile(bytes, 'h.json', roster)).toEqual(parseHistoryFile(HISTORY, 'h.json', roster));
    expect(parseHistoryFile(bytes, 'h.json', roster)).toMatchObject({
      ok: true,
      history: [{ round: '2026-11-02' }],
    });
  });

  it('GIVEN a JSON object THEN it says the file holds an object, not an array', () => {
    expect(parseHistoryFile('{"rounds":[]}', 'h.json', roster)).toEqual({
      ok: false,
      message:
        'h.json: expected a JSON array of past introductions ([{...}, {...}]), but the file holds a JSON object with key "rounds"; if the past introductions are its "rounds" list, give that array alone',
    });
  });

  it('GIVEN a CSV file or an empty one THEN it says so', () => {
    expect(parseHistoryFile('round,members\nr1,u1;u2\n', 'h.csv', roster)).toMatchObject({
      message: expect.stringMatching(/^h\.csv: not valid JSON.*\(the history file is JSON, not CSV\)$/),
    });
    expect(parseHistoryFile(new Uint8Array(), 'h.json', roster)).toEqual({
      ok: false,
      message: 'h.json: the file is empty (0 bytes)',
    });
  });
});
