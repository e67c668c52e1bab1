import { afterEach, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/http/server.ts';
import { createHttpServer, parseTarget } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { rawRequest, requestHead } from '../support/raw-http.ts';

let http: HttpServer | undefined;
afterEach(async () => {
  await http?.close();
  http = undefined;
});

describe('the HTTP server', () => {
  it('GIVEN request-targets that URL refuses THEN parseTarget says so instead of throwing', () => {
    for (const target of ['//x:99999', '//[', '//%', '/\\x:99999'])
      expect(parseTarget(target)).toBeUndefined();
    expect(parseTarget('/healthz?x=1')?.pathname).toBe('/healthz');
    expect(parseTarget(undefined)?.pathname).toBe('/');
  });

  it('GIVEN such a target on the wire THEN it answers 400 and goes on serving', async () => {
    http = createHttpServer(silentLogger());
    http.route('GET', '/healthz', (_req, res) => void res.writeHead(200).end('ok'));
    const port = await http.listen(0, '127.0.0.1');
    for (const target of ['//x:99999', '//[', '//%', '/\\x:99999'])
      expect(await rawRequest(port, requestHead('GET', target))).toBe(400);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('GIVEN a handler that throws synchronously or rejects THEN 500 for that request only', async () => {
    http = createHttpServer(silentLogger());
    http.route('GET', '/sync', () => {
      throw new Error('sync bug');
    });
    http.route('GET', '/async', async () => Promise.reject(new Error('async bug')));
    http.route('GET', '/healthz', (_req, res) => void res.writeHead(200).end('ok'));
    const base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    expect((await fetch(`${base}/sync`)).status).toBe(500);
    expect((await fetch(`${base}/async`)).status).toBe(500);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
