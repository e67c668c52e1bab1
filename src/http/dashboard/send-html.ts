import type { ServerResponse } from 'node:http';
import type { SafeHtml } from './html.ts';

/**
 * No scripts at all, styles only from the dashboard's own stylesheet, forms only to
 * itself, never framed: a strict policy is cheap when the pages are rendered on the server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on form POSTs,
  // which the CSRF origin check must refuse.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** Sends a dashboard page with the security headers every page carries. */
export function sendHtml(
  res: ServerResponse,
  status: number,
  body: SafeHtml,
  headers: Record<string, string | string[]> = {},
): void {
  res
    .writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers })
    .end(body.value);
}

/** Sends a download (CSV or JSON export) with the same headers and a file name. */
export function sendDownload(res: ServerResponse, body: string, type: string, filename: string): void {
  res
    .writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    })
    .end(body);
}
