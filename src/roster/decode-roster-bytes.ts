export type RosterDecodeErrorCode = 'roster.empty' | 'roster.binary' | 'roster.encoding';

export type DecodedRoster =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; code: RosterDecodeErrorCode; message: string };

const RESAVE =
  'save it again as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited)"; ' +
  'in LibreOffice, tick "Edit filter settings" and choose "Unicode (UTF-8)"';

// Files people pick by mistake, recognised by their first bytes.
const SIGNATURES: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or another zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls) or another Office file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not UTF-8. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [length, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b === 0xf4
                ? [4, 0x80, 0x8f]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Where UTF-8 decoding fails first, as a byte offset, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = utf8Sequence(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function invalidUtf8(bytes: Uint8Array, offset: number): DecodedRoster {
  const line = lineAt(bytes, offset);
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const asWindows1252 = new TextDecoder('windows-1252').decode(bytes.subarray(start, end));
  const shown = asWindows1252.length > 60 ? `${asWindows1252.slice(0, 59)}…` : asWindows1252;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    code: 'roster.encoding',
    message:
      `line ${line} is not valid UTF-8 (byte 0x${byte}). The file looks like Latin-1/Windows-1252, ` +
      `where that line reads "${shown}"; ${RESAVE}`,
  };
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII letter. */
function looksLikeBomlessUtf16(sample: Uint8Array): boolean {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  return (
    half >= 2 && Math.max(evenZeros, oddZeros) > 0.4 * half && Math.min(evenZeros, oddZeros) < 0.05 * half
  );
}

/** Control bytes other than tab, line feed, carriage return and form feed: text has almost none. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return control > Math.max(2, sample.length * 0.05);
}

/**
 * Turns the bytes of a roster file into text, or says what the file is instead. UTF-8 is
 * expected (a byte-order mark is dropped); UTF-16 with a byte-order mark — Excel's
 * "Unicode text" — is decoded too. Bytes that are not UTF-8 are refused naming the line,
 * since decoding a Latin-1 file as UTF-8 would silently garble every accented name.
 */
export function decodeRosterBytes(bytes: Uint8Array): DecodedRoster {
  if (bytes.length === 0) return { ok: false, code: 'roster.empty', message: 'the file is empty (0 bytes)' };
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, code: 'roster.encoding', message: `the file is UTF-32 text; ${RESAVE}` };
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : null;
  if (utf16 !== null) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
      return { ok: true, text, encoding: utf16 };
    } catch {
      return {
        ok: false,
        code: 'roster.encoding',
        message: `the file starts as ${utf16.toUpperCase()} text but holds bytes that are not; ${RESAVE}`,
      };
    }
  }
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) {
    return {
      ok: false,
      code: 'roster.binary',
      message: `the file is ${signature.what}, not CSV or JSON text; ${RESAVE}`,
    };
  }
  const sample = bytes.subarray(0, 4096);
  if (looksLikeBomlessUtf16(sample)) {
    return {
      ok: false,
      code: 'roster.encoding',
      message: `the file looks like UTF-16 text without a byte-order mark; ${RESAVE}`,
    };
  }
  if (looksBinary(sample)) {
    return {
      ok: false,
      code: 'roster.binary',
      message: 'the file is binary data, not CSV or JSON text; export the members as CSV (UTF-8) or JSON',
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // The native decoder says only that the bytes are invalid; find where, to name the line.
    return invalidUtf8(body, Math.max(0, firstInvalidUtf8(body)));
  }
}
