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
      const names = (err as ConfigError).problems.map((p) => p.split('=')[0]);
      expect(names.sort()).toEqual(['DISCORD_API_URL', 'LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN']);
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
