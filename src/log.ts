import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/**
 * JSON logs on stdout. Tokens, signatures and response URLs never reach a log line: the
 * redact list catches them where a library object carries them.
 */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kindred' },
      redact: {
        paths: [
          '*.token',
          '*.botToken',
          '*.appToken',
          '*.signingSecret',
          '*.authorization',
          '*.response_url',
          '*.responseUrl',
          'headers["x-slack-signature"]',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A logger that drops everything, for tests. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
