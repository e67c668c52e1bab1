import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';

export const INTRO_COMMAND = 'intro';
export const ADMIN_GROUP = 'admin';

const sub = (
  name: string,
  description: string,
  options: APIApplicationCommandBasicOption[] = [],
): APIApplicationCommandSubcommandOption => ({
  type: ApplicationCommandOptionType.Subcommand,
  name,
  description,
  ...(options.length > 0 ? { options } : {}),
});

const text = (
  name: string,
  description: string,
  required: boolean,
  maxLength: number,
): APIApplicationCommandBasicOption => ({
  type: ApplicationCommandOptionType.String,
  name,
  description,
  required,
  max_length: maxLength,
});

/**
 * `/intro` as Discord registers it: one subcommand per word of the contract, the admin
 * words in the subcommand group `admin`. Pure data, so the registration command and the
 * tests see exactly the same body.
 */
export function introCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: INTRO_COMMAND,
      description: 'Meet people here who share your hobbies and causes',
      // Usable in servers and in the bot's DMs (where it answers that it works in a server).
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: [
        sub('join', 'Opt in and tell me what you enjoy'),
        sub('hobbies', 'Set your hobbies', [
          text('interests', 'e.g. hiking, chess, sourdough', true, PROFILE_LIMITS.listTextLength),
        ]),
        sub('volunteer', 'Set the causes you give time to', [
          text('interests', 'e.g. food bank, mentoring', true, PROFILE_LIMITS.listTextLength),
        ]),
        sub('profile', 'See what I know about you'),
        sub('pause', 'Take a break from introductions', [
          text('for', 'How long, e.g. 2w or 30d (empty: until you resume)', false, 20),
        ]),
        sub('resume', 'Come back after a pause'),
        sub('leave', 'Stop introductions'),
        sub('forget', 'Delete everything I hold about you'),
        sub('export', 'Get a copy of your data'),
        sub('block', 'Never be introduced to someone', [
          { type: ApplicationCommandOptionType.User, name: 'member', description: 'Who', required: true },
        ]),
        sub('help', 'How Kindred works'),
        {
          type: ApplicationCommandOptionType.SubcommandGroup,
          name: ADMIN_GROUP,
          description: 'For server admins',
          options: [
            sub('round', 'Run a round of introductions now'),
            sub('schedule', 'When rounds run', [
              text('cron', 'Five-field cron, e.g. 0 10 * * 1 for Mondays at 10:00', true, 100),
              text('timezone', 'e.g. Europe/London (default: the current one)', false, 64),
            ]),
            sub('channel', 'Where intros open as private threads', [
              {
                type: ApplicationCommandOptionType.Channel,
                name: 'channel',
                description: 'A text channel',
                required: true,
                channel_types: [ChannelType.GuildText],
              },
            ]),
            sub('stats', 'How introductions are going'),
          ],
        },
      ],
    },
  ];
}
