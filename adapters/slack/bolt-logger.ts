import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

const BOLT_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/**
 * Bolt's logger interface over pino, so Bolt and the web client log as JSON with Kindred's
 * redaction. Bolt logs variadic messages; an Error among them is kept as `err`.
 */
export function boltLogger(log: Logger): BoltLogger {
  const emit = (level: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    const err = parts.find((p): p is Error => p instanceof Error);
    const text = parts
      .filter((p) => p !== err)
      .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ');
    if (err) log[level]({ err }, text || err.message);
    else log[level](text);
  };
  return {
    debug: (...parts) => emit('debug', parts),
    info: (...parts) => emit('info', parts),
    warn: (...parts) => emit('warn', parts),
    error: (...parts) => emit('error', parts),
    // The level is Kindred's LOG_LEVEL; Bolt may not lower it.
    setLevel: () => {},
    getLevel: () => BOLT_LEVEL[log.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
