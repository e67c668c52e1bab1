import { ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { introCommandSchema, type IntroCommand } from '../../src/commands/intro-command.ts';

/** One option as Discord sends it (and as discord.js keeps it in `interaction.options.data`). */
export interface CommandOptionData {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  options?: readonly CommandOptionData[] | undefined;
}

// Discord ids are snowflakes: 17 to 19 digits today (20 in a few decades).
const snowflake = z.string().regex(/^\d{17,20}$/);

/** Known words whose options did not validate, and the message that says how to use them. */
const USAGE_PROBLEMS: Partial<Record<IntroCommand['word'], string>> = {
  block: 'block.no_user',
  admin_channel: 'channel.missing',
  admin_schedule: 'schedule.bad_cron',
};

const KNOWN_WORDS = new Set<string>(introCommandSchema.options.map((o) => o.shape.word.value));

function valuesOf(options: readonly CommandOptionData[] | undefined): Record<string, unknown> {
  return Object.fromEntries((options ?? []).map((o) => [o.name, o.value]));
}

const optionalText = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function candidate(word: string, values: Record<string, unknown>): Record<string, unknown> {
  switch (word) {
    case 'hobbies':
    case 'volunteer':
      return { word, interests: values['interests'] };
    case 'pause':
      return { word, duration: optionalText(values['for']) };
    case 'block':
      return { word, userId: snowflake.safeParse(values['member']).data ?? '' };
    case 'admin_schedule':
      return { word, cron: values['cron'], timezone: optionalText(values['timezone']) };
    case 'admin_channel':
      return { word, channelId: snowflake.safeParse(values['channel']).data ?? '' };
    default:
      return { word };
  }
}

/**
 * Maps `/intro` subcommands and options to the platform-independent command and
 * validates it with the same schema Slack's text goes through. Discord checks option
 * types itself, but a stale registration (an old command body) can still send anything:
 * unknown subcommands answer with help, known ones with bad options with their usage.
 */
export function optionsToCommand(options: readonly CommandOptionData[]): IntroCommand {
  const [first] = options;
  let word = '';
  let leaf: CommandOptionData | undefined = first;
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    leaf = first.options?.[0];
    word = `${first.name}_${leaf?.name ?? ''}`;
  } else if (first?.type === ApplicationCommandOptionType.Subcommand) {
    // Admin words only exist inside the group; `admin_round` at the top is not one.
    word = first.name.includes('_') ? first.name.replace('_', '-') : first.name;
  }
  const parsed = introCommandSchema.safeParse(candidate(word, valuesOf(leaf?.options)));
  if (parsed.success) return parsed.data;
  const problem = USAGE_PROBLEMS[word as IntroCommand['word']];
  if (problem) return { word: 'help', problem };
  if (word === '' || KNOWN_WORDS.has(word)) return { word: 'help' };
  return { word: 'help', unknown: word.replace('_', ' ').slice(0, 40) };
}
