import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('GIVEN an empty environment THEN it serves on 3000 with the embedded database and no platform', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './.kindred',
      slack: undefined,
      discord: undefined,
    });
  });

  it('GIVEN PORT=abc THEN it names PORT and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT="abc": expected a port number/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', SLACK_BOT_TOKEN: 'nope', DISCORD_API_URL: 'not a url' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const names = (err as ConfigError).problems.map((p) => /^[A-Z_]+/.exec(p)?.[0]);
      expect(names.sort()).toEqual(['DISCORD_API_URL', 'LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN']);
    }
  });

  it('GIVEN bad secret values THEN each problem names the variable and what is wrong, never the value', () => {
    const env = {
      DATABASE_URL: 'mysql://kindred:hunter2-password@db/kindred',
      ADMIN_TOKEN: 'short-s3cret',
      SLACK_BOT_TOKEN: 'xoxp-user-token-value',
      SLACK_APP_TOKEN: 'not-an-app-token-value',
      SLACK_API_URL: 'ftp://user:url-password@proxy',
    };
    try {
      loadConfig(env);
      expect.unreachable();
    } catch (err) {
      const message = (err as ConfigError).message;
      for (const value of [
        'hunter2',
        'short-s3cret',
        'user-token-value',
        'app-token-value',
        'url-password',
      ]) {
        expect(message).not.toContain(value);
      }
      expect(message).toContain('DATABASE_URL (value not shown): expected postgres://');
      expect(message).toContain('ADMIN_TOKEN (value not shown): expected at least 16 characters');
      expect(message).toContain(
        'SLACK_BOT_TOKEN (value not shown): expected a bot token starting with xoxb-',
      );
    }
  });

  it('requires the signing secret or app token with a Slack bot token', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: required/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe(
      'xapp-1',
    );
  });

  it('normalises API base URLs the way each SDK wants them', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      DISCORD_TOKEN: 't',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(config.slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(config.discord?.apiUrl).toBe('http://127.0.0.1:9/api');
  });

  it('splits KINDRED_ADMINS and treats empty values as unset', () => {
    expect(loadConfig({ KINDRED_ADMINS: ' U1, U2 ,,', DATABASE_URL: '', ADMIN_TOKEN: '' })).toMatchObject({
      admins: ['U1', 'U2'],
      databaseUrl: undefined,
      adminToken: undefined,
      secretKey: undefined,
    });
  });
});
