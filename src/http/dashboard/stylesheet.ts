import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

/** The dashboard's only stylesheet; public, since it says nothing about any community. */
export const ASSET_PATH = '/admin/assets/dashboard.css';

const css = readFileSync(new URL('./dashboard.css', import.meta.url), 'utf8');

export function sendStylesheet(res: ServerResponse): void {
  res
    .writeHead(200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    })
    .end(css);
}
