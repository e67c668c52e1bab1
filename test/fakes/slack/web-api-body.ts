import type { IncomingMessage } from 'node:http';

/**
 * Arguments the client sends as JSON text inside a form field. @slack/web-api JSON-encodes
 * every non-scalar argument, so `blocks` arrives as the string `[{"type":"section",…}]`.
 */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'user_auth_blocks', 'unfurls']);

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The method's arguments from a form-encoded or JSON body (plus any query string), or the
 * error Slack gives for a body it cannot read.
 */
export function parseArgs(
  contentType: string | undefined,
  raw: string,
  query: URLSearchParams,
): Record<string, unknown> | string {
  const args: Record<string, unknown> = Object.fromEntries(query);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') {
    if (!raw) return args;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return 'invalid_json';
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'json_not_object';
    return { ...args, ...(parsed as Record<string, unknown>) };
  }
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? parseJsonField(value) : value;
  }
  return args;
}

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    // Slack answers invalid_blocks/invalid_arguments later; keep the raw text for the record.
    return value;
  }
}

/** The token from `Authorization: Bearer …`, else the legacy `token` argument. */
export function tokenOf(
  authorization: string | undefined,
  args: Record<string, unknown>,
): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (match?.[1]) return match[1];
  return typeof args.token === 'string' ? args.token : undefined;
}
