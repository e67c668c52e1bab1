import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { mapSlackError } from '../../../adapters/slack/map-slack-error.ts';

const platform = (error: string) => new webApi.WebAPIPlatformError({ ok: false, error });

describe('mapSlackError', () => {
  it('GIVEN a 429 rejected by the client THEN rate_limited with Retry-After in ms', () => {
    expect(mapSlackError(new webApi.WebAPIRateLimitedError(7))).toEqual({
      ok: false,
      kind: 'rate_limited',
      retryAfterMs: 7000,
    });
  });

  it.each([
    ['user_not_found', 'user_gone'],
    ['user_disabled', 'user_gone'],
    ['channel_not_found', 'channel_missing'],
    ['invalid_auth', 'token_revoked'],
    ['token_revoked', 'token_revoked'],
    ['account_inactive', 'token_revoked'],
    ['missing_scope', 'missing_permissions'],
  ])('GIVEN ok:false %s THEN permanent %s', (error, code) => {
    expect(mapSlackError(platform(error))).toMatchObject({
      ok: false,
      kind: 'permanent',
      code,
      detail: error,
    });
  });

  it('GIVEN a 5xx, a network failure or an unknown ok:false error THEN temporary', () => {
    expect(mapSlackError(new webApi.WebAPIHTTPError(503, 'Service Unavailable', {}))).toMatchObject({
      kind: 'temporary',
    });
    expect(mapSlackError(new webApi.WebAPIRequestError(new Error('ECONNRESET')))).toMatchObject({
      kind: 'temporary',
    });
    expect(mapSlackError(platform('fatal_error'))).toMatchObject({
      kind: 'temporary',
      detail: 'fatal_error',
    });
  });

  it('GIVEN an error that is not from the web client THEN it is thrown again (a bug)', () => {
    expect(() => mapSlackError(new TypeError('oops'))).toThrow('oops');
  });
});
