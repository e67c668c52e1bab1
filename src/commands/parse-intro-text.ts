import { cleanText } from '../domain/clean-text.ts';
import type { IntroCommand } from './intro-command.ts';
import { introCommandSchema } from './intro-command.ts';

// Slack escapes mentions in command text as <@U123|name> (or <@U123>) and channels as
// <#C123|name> when the app enables "Escape channels, users, and links".
const USER_MENTION = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i;
const CHANNEL_MENTION = /^<#([A-Z0-9]+)(?:\|[^>]*)?>$/i;

/** Parses what follows `/intro` in a line of text. Unknown or malformed words give help. */
export function parseIntroText(text: string): IntroCommand {
  const trimmed = cleanText(text).trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  const tail = trimmed.slice(first.length).trim();
  const candidate = toCommand(word, tail, rest);
  const parsed = introCommandSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const usage = USAGE_PROBLEMS[(candidate as { word: string }).word];
  return usage ? { word: 'help', problem: usage } : { word: 'help', unknown: word.slice(0, 40) || undefined };
}

/** Known words whose arguments did not parse, and the message that says how to use them. */
const USAGE_PROBLEMS: Record<string, string> = {
  block: 'block.no_user',
  admin_channel: 'channel.missing',
  admin_schedule: 'schedule.bad_cron',
};

function toCommand(word: string, tail: string, rest: string[]): unknown {
  switch (word) {
    case 'join':
    case 'profile':
    case 'resume':
    case 'leave':
    case 'forget':
    case 'export':
      return { word };
    case 'hobbies':
    case 'volunteer':
      return { word, interests: tail };
    case 'pause':
      return { word, duration: tail || undefined };
    case 'block': {
      const mention = USER_MENTION.exec(tail);
      return { word, userId: mention?.[1] ?? '' };
    }
    case '':
    case 'help':
      return { word: 'help' };
    case 'admin':
      return adminCommand(rest);
    default:
      return { word: 'help', unknown: word };
  }
}

function adminCommand([sub = '', ...args]: string[]): unknown {
  switch (sub.toLowerCase()) {
    case 'round':
      return { word: 'admin_round' };
    case 'stats':
      return { word: 'admin_stats' };
    case 'channel':
      return { word: 'admin_channel', channelId: CHANNEL_MENTION.exec(args[0] ?? '')?.[1] ?? '' };
    case 'schedule': {
      // A cron expression has five fields; an optional IANA timezone may follow.
      const cron = args.slice(0, 5).join(' ');
      return { word: 'admin_schedule', cron: args.length >= 5 ? cron : '', timezone: args[5] };
    }
    default:
      return { word: 'help', unknown: `admin ${sub}`.trim() };
  }
}
