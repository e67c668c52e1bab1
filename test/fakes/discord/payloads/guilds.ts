import type {
  APIGuild,
  APIRole,
  GatewayGuildCreateDispatchData,
  GuildSystemChannelFlags,
  RoleFlags,
} from 'discord.js';
import { Intents } from '../constants.ts';
import type { World } from '../world/world.ts';
import type { FakeGuild, FakeRole } from '../world/types.ts';
import { channelPayload } from './channels.ts';
import { memberPayload } from './users.ts';

/** The role object (topics/permissions#role-object); permissions travel as a decimal string. */
export function rolePayload(role: FakeRole): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.botId !== null,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

/** The guild object (resources/guild#guild-object) as GET /guilds/{id} returns it. */
export function guildPayload(world: World, guild: FakeGuild): APIGuild {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: world.guildRoles(guild.id).map(rolePayload),
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: guild.preferredLocale as APIGuild['preferred_locale'],
    public_updates_channel_id: null,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  };
}

/**
 * GUILD_CREATE (topics/gateway-events#guild-create) with its extra fields. Without the privileged
 * GUILD_MEMBERS intent Discord only includes the bot's own member, so the fake does the same.
 */
export function guildCreatePayload(
  world: World,
  guild: FakeGuild,
  intents: number,
): GatewayGuildCreateDispatchData {
  const members = world
    .guildMembers(guild.id)
    .filter((m) => intents & Intents.GuildMembers || m.userId === world.bot.id);
  const channels = world.guildChannels(guild.id);
  return {
    ...guildPayload(world, guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: world.guildMembers(guild.id).length,
    voice_states: [],
    members: members.map((m) => memberPayload(world, m)),
    channels: channels.filter((c) => c.thread === null).map((c) => channelPayload(world, c)),
    // Discord lists only the active threads here: an archived one is unknown to a client
    // that starts after it was archived.
    threads: channels
      .filter((c) => c.thread !== null && !c.thread.archived)
      .map((c) => channelPayload(world, c)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } as GatewayGuildCreateDispatchData;
}
