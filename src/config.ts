import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const urlWithSlash = (fallback: string) =>
  z
    .url({ message: 'expected an http(s) URL' })
    .default(fallback)
    .transform((value) => (value.endsWith('/') ? value : `${value}/`));

const configSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected postgres://user:password@host:port/database')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KINDRED_DATA_DIR: z.string().min(1).default('./.kindred'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KINDRED_SECRET_KEY: optionalText.pipe(z.string().min(16, 'expected at least 16 characters').optional()),
  ADMIN_TOKEN: optionalText.pipe(z.string().min(16, 'expected at least 16 characters').optional()),
  KINDRED_ADMINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith('xapp-', 'expected an app token starting with xapp-').optional(),
  ),
  SLACK_API_URL: urlWithSlash('https://slack.com/api/'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(
    z.string().regex(/^\d+$/, 'expected a numeric application id').optional(),
  ),
  DISCORD_API_URL: z
    .url({ message: 'expected an http(s) URL' })
    .default('https://discord.com/api')
    // discord.js appends /v10 itself: a trailing slash would make `//v10`.
    .transform((value) => value.replace(/\/+$/, '')),
});

type RawConfig = z.infer<typeof configSchema>;

export interface SlackConfig {
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  apiUrl: string;
}

export interface DiscordConfig {
  token: string;
  applicationId: string | undefined;
  apiUrl: string;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: RawConfig['LOG_LEVEL'];
  adminToken: string | undefined;
  /** Keys the hashes in blocks and the deletion ledger; unset: a key generated in the database. */
  secretKey: string | undefined;
  admins: string[];
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
}

/** A configuration problem: every bad variable at once, each with what it expects. */
export class ConfigError extends Error {
  readonly code = 'config.invalid';
  constructor(readonly problems: string[]) {
    super(
      `Kindred cannot start: the environment has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

// Only these values may be echoed back in an error: everything else is, or may hold, a
// secret (DATABASE_URL carries a password, URLs may carry credentials, tokens are tokens).
const SHOWN_VALUES = new Set(['PORT', 'HOST', 'KINDRED_DATA_DIR', 'LOG_LEVEL', 'DISCORD_APPLICATION_ID']);

function describeProblem(name: string, env: NodeJS.ProcessEnv, message: string): string {
  const value = env[name];
  if (value === undefined) return `${name}: ${message}`;
  if (SHOWN_VALUES.has(name)) return `${name}=${JSON.stringify(value)}: ${message}`;
  return `${name} (value not shown): ${message}`;
}

/**
 * Reads the whole configuration from the environment, once, at start. Nothing else in
 * Kindred reads process.env. Throws a {@link ConfigError} listing every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(describeProblem(String(issue.path[0] ?? 'environment'), env, issue.message));
    }
    throw new ConfigError(problems);
  }
  const raw = parsed.data;
  if (raw.SLACK_BOT_TOKEN && !raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (!raw.SLACK_BOT_TOKEN && (raw.SLACK_SIGNING_SECRET || raw.SLACK_APP_TOKEN)) {
    problems.push(
      'SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set (a token starting with xoxb-)',
    );
  }
  if (raw.DISCORD_APPLICATION_ID && !raw.DISCORD_TOKEN) {
    problems.push(
      'DISCORD_TOKEN: required when DISCORD_APPLICATION_ID is set (the bot token from the Developer Portal)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    dataDir: raw.KINDRED_DATA_DIR,
    logLevel: raw.LOG_LEVEL,
    adminToken: raw.ADMIN_TOKEN,
    secretKey: raw.KINDRED_SECRET_KEY,
    admins: raw.KINDRED_ADMINS,
    slack: raw.SLACK_BOT_TOKEN
      ? {
          botToken: raw.SLACK_BOT_TOKEN,
          signingSecret: raw.SLACK_SIGNING_SECRET,
          appToken: raw.SLACK_APP_TOKEN,
          apiUrl: raw.SLACK_API_URL,
        }
      : undefined,
    discord: raw.DISCORD_TOKEN
      ? { token: raw.DISCORD_TOKEN, applicationId: raw.DISCORD_APPLICATION_ID, apiUrl: raw.DISCORD_API_URL }
      : undefined,
  };
}
