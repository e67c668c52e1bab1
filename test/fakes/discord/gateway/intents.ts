import { Intents } from '../constants.ts';

type Payload = Record<string, unknown>;

const GUILD_ONLY: Readonly<Record<string, number>> = {
  GUILD_CREATE: Intents.Guilds,
  GUILD_UPDATE: Intents.Guilds,
  GUILD_DELETE: Intents.Guilds,
  GUILD_ROLE_CREATE: Intents.Guilds,
  GUILD_ROLE_UPDATE: Intents.Guilds,
  GUILD_ROLE_DELETE: Intents.Guilds,
  CHANNEL_CREATE: Intents.Guilds,
  CHANNEL_UPDATE: Intents.Guilds,
  CHANNEL_DELETE: Intents.Guilds,
  THREAD_CREATE: Intents.Guilds,
  THREAD_UPDATE: Intents.Guilds,
  THREAD_DELETE: Intents.Guilds,
  THREAD_LIST_SYNC: Intents.Guilds,
  THREAD_MEMBER_UPDATE: Intents.Guilds,
  STAGE_INSTANCE_CREATE: Intents.Guilds,
  STAGE_INSTANCE_UPDATE: Intents.Guilds,
  STAGE_INSTANCE_DELETE: Intents.Guilds,
  GUILD_MEMBER_ADD: Intents.GuildMembers,
  GUILD_MEMBER_UPDATE: Intents.GuildMembers,
  GUILD_MEMBER_REMOVE: Intents.GuildMembers,
  GUILD_AUDIT_LOG_ENTRY_CREATE: Intents.GuildModeration,
  GUILD_BAN_ADD: Intents.GuildModeration,
  GUILD_BAN_REMOVE: Intents.GuildModeration,
  GUILD_EMOJIS_UPDATE: Intents.GuildExpressions,
  GUILD_STICKERS_UPDATE: Intents.GuildExpressions,
  GUILD_INTEGRATIONS_UPDATE: Intents.GuildIntegrations,
  INTEGRATION_CREATE: Intents.GuildIntegrations,
  INTEGRATION_UPDATE: Intents.GuildIntegrations,
  INTEGRATION_DELETE: Intents.GuildIntegrations,
  WEBHOOKS_UPDATE: Intents.GuildWebhooks,
  INVITE_CREATE: Intents.GuildInvites,
  INVITE_DELETE: Intents.GuildInvites,
  VOICE_STATE_UPDATE: Intents.GuildVoiceStates,
  PRESENCE_UPDATE: Intents.GuildPresences,
  MESSAGE_DELETE_BULK: Intents.GuildMessages,
  GUILD_SCHEDULED_EVENT_CREATE: Intents.GuildScheduledEvents,
  GUILD_SCHEDULED_EVENT_UPDATE: Intents.GuildScheduledEvents,
  GUILD_SCHEDULED_EVENT_DELETE: Intents.GuildScheduledEvents,
  GUILD_SCHEDULED_EVENT_USER_ADD: Intents.GuildScheduledEvents,
  GUILD_SCHEDULED_EVENT_USER_REMOVE: Intents.GuildScheduledEvents,
  AUTO_MODERATION_RULE_CREATE: Intents.AutoModerationConfiguration,
  AUTO_MODERATION_RULE_UPDATE: Intents.AutoModerationConfiguration,
  AUTO_MODERATION_RULE_DELETE: Intents.AutoModerationConfiguration,
  AUTO_MODERATION_ACTION_EXECUTION: Intents.AutoModerationExecution,
};

/** Events whose intent depends on where they happened: [in a guild, in a DM]. */
const GUILD_OR_DM: Readonly<Record<string, readonly [number, number]>> = {
  MESSAGE_CREATE: [Intents.GuildMessages, Intents.DirectMessages],
  MESSAGE_UPDATE: [Intents.GuildMessages, Intents.DirectMessages],
  MESSAGE_DELETE: [Intents.GuildMessages, Intents.DirectMessages],
  CHANNEL_PINS_UPDATE: [Intents.Guilds, Intents.DirectMessages],
  MESSAGE_REACTION_ADD: [Intents.GuildMessageReactions, Intents.DirectMessageReactions],
  MESSAGE_REACTION_REMOVE: [Intents.GuildMessageReactions, Intents.DirectMessageReactions],
  MESSAGE_REACTION_REMOVE_ALL: [Intents.GuildMessageReactions, Intents.DirectMessageReactions],
  MESSAGE_REACTION_REMOVE_EMOJI: [Intents.GuildMessageReactions, Intents.DirectMessageReactions],
  TYPING_START: [Intents.GuildMessageTyping, Intents.DirectMessageTyping],
  MESSAGE_POLL_VOTE_ADD: [Intents.GuildMessagePolls, Intents.DirectMessagePolls],
  MESSAGE_POLL_VOTE_REMOVE: [Intents.GuildMessagePolls, Intents.DirectMessagePolls],
};

/**
 * Whether Discord would send this dispatch to a session identified with `intents`
 * (topics/gateway#list-of-intents). Events not tied to an intent (READY, RESUMED,
 * INTERACTION_CREATE, USER_UPDATE, …) always go out.
 */
export function isDeliverable(event: string, data: Payload, intents: number, botId: string): boolean {
  if (event === 'THREAD_MEMBERS_UPDATE') {
    // Without GUILD_MEMBERS this is only sent when the current user was added or removed.
    if (intents & Intents.GuildMembers) return true;
    const added = Array.isArray(data.added_members) ? (data.added_members as Payload[]) : [];
    const removed = Array.isArray(data.removed_member_ids) ? (data.removed_member_ids as unknown[]) : [];
    const touchesBot = added.some((m) => m.user_id === botId) || removed.includes(botId);
    return touchesBot && (intents & Intents.Guilds) !== 0;
  }
  const guildOnly = GUILD_ONLY[event];
  if (guildOnly !== undefined) return (intents & guildOnly) !== 0;
  const split = GUILD_OR_DM[event];
  if (split) return (intents & (data.guild_id ? split[0] : split[1])) !== 0;
  return true;
}

/**
 * Without the privileged MESSAGE_CONTENT intent, guild messages arrive with empty content,
 * embeds, attachments, components and poll, except the bot's own messages and those mentioning it.
 */
export function applyMessageContentIntent(
  event: string,
  data: Payload,
  intents: number,
  botId: string,
): Payload {
  if (event !== 'MESSAGE_CREATE' && event !== 'MESSAGE_UPDATE') return data;
  if (intents & Intents.MessageContent || !data.guild_id) return data;
  const author = data.author as Payload | undefined;
  const mentions = Array.isArray(data.mentions) ? (data.mentions as Payload[]) : [];
  if (author?.id === botId || mentions.some((m) => m.id === botId)) return data;
  const { poll: _poll, ...rest } = data;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] };
}
