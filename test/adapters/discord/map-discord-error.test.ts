import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mapDiscordError } from '../../../adapters/discord/map-discord-error.ts';

const USER = '100000000000000001';
const apiError = (status: number, code: number) =>
  new DiscordAPIError(
    { code, message: `error ${code}` },
    code,
    status,
    'POST',
    'http://x/api/v10/channels/1/messages',
    {},
  );

describe('mapDiscordError', () => {
  it.each([
    [403, 50007, { kind: 'permanent', code: 'dms_closed', userId: USER }],
    [403, 50001, { kind: 'permanent', code: 'missing_permissions' }],
    [403, 50013, { kind: 'permanent', code: 'missing_permissions' }],
    [404, 10007, { kind: 'permanent', code: 'user_gone', userId: USER }],
    [404, 10013, { kind: 'permanent', code: 'user_gone', userId: USER }],
    [404, 10003, { kind: 'permanent', code: 'channel_missing' }],
    [404, 10004, { kind: 'permanent', code: 'community_gone' }],
    [401, 0, { kind: 'permanent', code: 'token_revoked' }],
    [400, 50035, { kind: 'temporary' }],
  ])('GIVEN %i %i THEN %o', (status, code, expected) => {
    const mapped = mapDiscordError(apiError(status, code), USER);
    expect(mapped).toMatchObject({ ok: false, ...expected });
    if (!('userId' in expected)) expect(mapped).not.toHaveProperty('userId');
  });

  it('GIVEN a 429 rejected by rejectOnRateLimit THEN rate_limited with its wait in ms', () => {
    const error = new RateLimitError({
      timeToReset: 1500,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: 'u',
      route: '/channels/:id/messages',
      majorParameter: '1',
      global: false,
      retryAfter: 1500,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(mapDiscordError(error)).toEqual({
      ok: false,
      kind: 'rate_limited',
      retryAfterMs: 1500,
      detail: '/channels/:id/messages',
    });
  });

  it('GIVEN 5xx after retries, a network failure or a dropped token THEN temporary, temporary, token_revoked', () => {
    expect(mapDiscordError(new HTTPError(502, 'Bad Gateway', 'POST', 'u', {}))).toMatchObject({
      kind: 'temporary',
    });
    expect(mapDiscordError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toMatchObject({
      kind: 'temporary',
    });
    expect(
      mapDiscordError(new Error('Expected token to be set for this request, but none was present')),
    ).toMatchObject({
      kind: 'permanent',
      code: 'token_revoked',
    });
  });

  it('GIVEN anything else THEN it is a bug and is thrown again', () => {
    expect(() => mapDiscordError(new RangeError('oops'))).toThrow('oops');
  });
});
