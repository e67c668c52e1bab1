// C0 control characters but tab and newline: PostgreSQL refuses U+0000 in text outright,
// and none of them belongs in a name or a profile field.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Text from outside with control characters removed, so it can be stored and shown. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '');
}
