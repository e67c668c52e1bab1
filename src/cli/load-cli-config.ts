import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import { ConfigError, loadConfig } from '../config.ts';

/**
 * The configuration for a command run by hand: `.env` is read first with Node's own loader
 * (variables already set win), then the environment is checked. Problems are printed, all
 * at once, and give undefined so the command can exit non-zero.
 */
export function loadCliConfig(
  env: NodeJS.ProcessEnv,
  io: { stderr(text: string): void },
): Config | undefined {
  if (env === process.env && existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr(err.message);
    return undefined;
  }
}
