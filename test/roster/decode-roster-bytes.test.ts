import { describe, expect, it } from 'vitest';
import { decodeRosterBytes } from '../../src/roster/decode-roster-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (text: string) => {
  const le = utf16le(text);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1]!, le[i]!];
  return out;
};
/** Latin-1 bytes: each character below U+0100 is one byte. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeRosterBytes', () => {
  it('GIVEN UTF-8 with or without a byte-order mark THEN the text comes back without the mark', () => {
    expect(decodeRosterBytes(utf8('id,name\nu1,Zoë\n'))).toEqual({
      ok: true,
      text: 'id,name\nu1,Zoë\n',
      encoding: 'utf-8',
    });
    expect(decodeRosterBytes(utf8('\uFEFFid,name\nu1,Zoë\n'))).toMatchObject({ text: 'id,name\nu1,Zoë\n' });
  });

  it('GIVEN UTF-16 LE or BE with a byte-order mark (Excel "Unicode text") THEN it is decoded', () => {
    const text = 'id\tname\tхобби\nu1\tZoë\t象棋\n';
    expect(decodeRosterBytes(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeRosterBytes(utf16be(text))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('GIVEN a Latin-1 file THEN it is refused naming the line, what it reads as, and how to re-save', () => {
    const result = decodeRosterBytes(latin1('id,name\nu1,Ada\nu2,Zoë Müller\n'));
    expect(result).toEqual({
      ok: false,
      code: 'roster.encoding',
      message: expect.stringContaining('line 3 is not valid UTF-8 (byte 0xEB)'),
    });
    const message = result.ok ? '' : result.message;
    expect(message).toContain('Latin-1/Windows-1252');
    expect(message).toContain('"u2,Zoë Müller"');
    expect(message).toContain('CSV UTF-8');
  });

  it('GIVEN a truncated or overlong UTF-8 sequence THEN the line that holds it is named', () => {
    const bytes = new Uint8Array([...utf8('id\nu1\n'), 0xe2, 0x82, 0x0a]);
    expect(decodeRosterBytes(bytes)).toMatchObject({ ok: false, message: expect.stringMatching(/^line 3 /) });
    const overlong = new Uint8Array([...utf8('id\n'), 0xc0, 0xaf, 0x0a]);
    expect(decodeRosterBytes(overlong)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^line 2 /),
    });
    const surrogate = new Uint8Array([...utf8('id\n'), 0xed, 0xa0, 0x80, 0x0a]);
    expect(decodeRosterBytes(surrogate)).toMatchObject({ ok: false, code: 'roster.encoding' });
  });

  it('GIVEN four-byte UTF-8 (emoji) THEN it is accepted', () => {
    expect(decodeRosterBytes(utf8('id,hobbies\nu1,🎸 guitar\n'))).toMatchObject({ ok: true });
  });

  it('GIVEN an empty file THEN it says so', () => {
    expect(decodeRosterBytes(new Uint8Array())).toEqual({
      ok: false,
      code: 'roster.empty',
      message: 'the file is empty (0 bytes)',
    });
  });

  it('GIVEN a workbook, a PDF or other binary data THEN it says what the file is', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]);
    expect(decodeRosterBytes(xlsx)).toMatchObject({
      code: 'roster.binary',
      message: expect.stringContaining('an Excel workbook (.xlsx)'),
    });
    expect(decodeRosterBytes(utf8('%PDF-1.7\n'))).toMatchObject({
      message: expect.stringContaining('a PDF'),
    });
    const noise = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 32);
    expect(decodeRosterBytes(noise)).toMatchObject({
      code: 'roster.binary',
      message: expect.stringContaining('binary data'),
    });
  });

  it('GIVEN UTF-16 without a byte-order mark, or UTF-32 THEN it names the encoding instead of garbling it', () => {
    expect(decodeRosterBytes(utf16le('id,name\nu1,Ada\n').subarray(2))).toMatchObject({
      code: 'roster.encoding',
      message: expect.stringContaining('UTF-16 text without a byte-order mark'),
    });
    expect(decodeRosterBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x69, 0, 0, 0]))).toMatchObject({
      message: expect.stringContaining('UTF-32'),
    });
  });

  it('GIVEN a file with a stray NUL byte THEN it is still decoded, for the parser to name the cell', () => {
    expect(decodeRosterBytes(utf8('id,name\nu1,Ad\u0000a\n'))).toMatchObject({ ok: true });
  });
});
