import { decodeRosterBytes, type RosterDecodeErrorCode } from './decode-roster-bytes.ts';

export type RosterText =
  { ok: true; text: string } | { ok: false; code: RosterDecodeErrorCode; message: string };

/**
 * The text of a roster file from its bytes (decoded and checked, see `decodeRosterBytes`)
 * or from text already decoded (a pasted form field), without a byte-order mark. A file
 * of nothing but blank space is refused here, so parsers see something to parse.
 */
export function readRosterText(content: string | Uint8Array): RosterText {
  let text: string;
  if (typeof content === 'string') {
    if (content === '') return { ok: false, code: 'roster.empty', message: 'the file is empty' };
    text = content.replace(/^\uFEFF/, '');
  } else {
    const decoded = decodeRosterBytes(content);
    if (!decoded.ok) return decoded;
    text = decoded.text.replace(/^\uFEFF/, '');
  }
  if (text.trim() === '')
    return {
      ok: false,
      code: 'roster.empty',
      message: 'the file is empty: it holds only blank lines or spaces',
    };
  return { ok: true, text };
}
