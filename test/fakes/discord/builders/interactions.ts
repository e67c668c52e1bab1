import { randomBytes } from 'node:crypto';
import type { APIInteractionDataResolved, APIInteractionGuildMember } from 'discord.js';
import { channelPayload } from '../payloads/channels.ts';
import { messagePayload } from '../payloads/messages.ts';
import { rolePayload } from '../payloads/guilds.ts';
import { interactionMemberPayload, userPayload } from '../payloads/users.ts';
import { basePermissions, channelPermissions } from '../world/permissions.ts';
import type { FakeInteraction } from '../world/types.ts';
import type { World } from '../world/world.ts';

/** An application command option as Discord sends it (type 1 SUB_COMMAND, 2 SUB_COMMAND_GROUP, 3+ values). */
export type CommandOption =
  | { type: 1 | 2; name: string; options?: CommandOption[] }
  | {
      type: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
      name: string;
      value: string | number | boolean;
      focused?: boolean;
    };

export interface InteractionBase {
  user: string | { id: string };
  /** Omit for an interaction in the user's DM with the bot. */
  guildId?: string;
  /** Defaults to the user's DM channel when there is no guild. */
  channelId?: string;
  /** Overrides the member's computed guild permissions (`member.permissions`). */
  memberPermissions?: bigint;
  locale?: string;
}

export interface CommandInteractionInput extends InteractionBase {
  name: string;
  options?: CommandOption[];
}

export interface ModalSubmitInput extends InteractionBase {
  customId: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
  /** How the modal laid out its inputs: action rows (classic) or label components (type 18). */
  layout?: 'actionRow' | 'label';
  /** The message whose component opened the modal, if any. */
  messageId?: string;
}

export interface ComponentInteractionInput extends InteractionBase {
  messageId: string;
  customId: string;
  /** 2 = button (default), 3 = string select, 5 = user select, … */
  componentType?: number;
  values?: string[];
}

/** A built INTERACTION_CREATE payload: the documented interaction object. */
export type InteractionPayload = Record<string, unknown> & { id: string; token: string; type: number };

const userIdOf = (user: InteractionBase['user']): string => (typeof user === 'string' ? user : user.id);

/** Registers the interaction so its callback and webhook routes accept the token (valid 15 minutes). */
function register(
  world: World,
  input: InteractionBase,
  type: number,
  extra: Partial<FakeInteraction>,
): FakeInteraction {
  const userId = userIdOf(input.user);
  const channelId = input.channelId ?? (input.guildId ? undefined : world.openDm(userId).id);
  if (!channelId) throw new Error('a guild interaction needs a channelId');
  const interaction: FakeInteraction = {
    id: world.id(),
    token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
    type,
    name: null,
    guildId: input.guildId ?? null,
    channelId,
    userId,
    createdAt: world.clock(),
    responseType: null,
    originalMessageId: null,
    sourceMessageId: null,
    ...extra,
  };
  world.interactions.set(interaction.id, interaction);
  return interaction;
}

/** The fields every interaction carries (interactions/receiving-and-responding#interaction-object). */
function envelope(world: World, interaction: FakeInteraction, input: InteractionBase): InteractionPayload {
  const user = world.users.get(interaction.userId);
  const channel = world.channels.get(interaction.channelId);
  if (!user || !channel) throw new Error('interaction for an unknown user or channel');
  const guild = interaction.guildId ? world.guilds.get(interaction.guildId) : undefined;
  const member = guild ? world.member(guild.id, user.id) : undefined;
  if (guild && !member) throw new Error(`user ${user.id} is not a member of guild ${guild.id}`);
  return {
    id: interaction.id,
    application_id: world.application.id,
    type: interaction.type,
    token: interaction.token,
    version: 1,
    ...(guild && member
      ? {
          guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
          guild_id: guild.id,
          guild_locale: guild.preferredLocale,
          member: interactionMemberPayload(world, member, input.memberPermissions),
        }
      : { user: userPayload(user) }),
    channel: channelPayload(world, channel),
    channel_id: channel.id,
    app_permissions: channelPermissions(world, channel, world.bot.id).toString(),
    locale: input.locale ?? user.locale,
    entitlements: [],
    // Guild install: the guild id, or "0" when used in the bot's DMs.
    authorizing_integration_owners: { '0': guild?.id ?? '0' },
    context: guild ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

function flatten(options: readonly CommandOption[]): CommandOption[] {
  return options.flatMap((o) => (o.type === 1 || o.type === 2 ? flatten(o.options ?? []) : [o]));
}

/** `data.resolved` for user (6), channel (7), role (8) and mentionable (9) options. */
function resolve(
  world: World,
  guildId: string | null,
  options: readonly CommandOption[],
): APIInteractionDataResolved | undefined {
  const resolved: Required<Pick<APIInteractionDataResolved, 'users' | 'members' | 'channels' | 'roles'>> = {
    users: {},
    members: {},
    channels: {},
    roles: {},
  };
  for (const option of flatten(options)) {
    if (!('value' in option)) continue;
    const id = String(option.value);
    const user = world.users.get(id);
    if ((option.type === 6 || option.type === 9) && user) {
      resolved.users[id] = userPayload(user);
      const member = guildId ? world.member(guildId, id) : undefined;
      if (member) {
        const { user: _user, ...rest } = interactionMemberPayload(
          world,
          member,
          basePermissions(world, member.guildId, id),
        );
        resolved.members[id] = rest as Omit<APIInteractionGuildMember, 'user' | 'deaf' | 'mute'>;
      }
    }
    const role = world.roles.get(id);
    if ((option.type === 8 || option.type === 9) && role) resolved.roles[id] = rolePayload(role);
    const channel = world.channels.get(id);
    if (option.type === 7 && channel) {
      resolved.channels[id] = {
        id,
        type: channel.type,
        name: channel.name,
        permissions: channelPermissions(world, channel, world.bot.id).toString(),
        ...(channel.parentId ? { parent_id: channel.parentId } : {}),
      } as NonNullable<APIInteractionDataResolved['channels']>[string];
    }
  }
  const entries = Object.entries(resolved).filter(([, map]) => Object.keys(map).length > 0);
  return entries.length > 0 ? (Object.fromEntries(entries) as APIInteractionDataResolved) : undefined;
}

/** INTERACTION_CREATE for a slash command (type 2 APPLICATION_COMMAND, data.type 1 CHAT_INPUT). */
export function commandInteraction(world: World, input: CommandInteractionInput): InteractionPayload {
  const interaction = register(world, input, 2, { name: input.name });
  const command = [...world.commands.values()].find(
    (c) => c.body.name === input.name && (c.guildId === null || c.guildId === interaction.guildId),
  );
  const options = input.options ?? [];
  const resolved = resolve(world, interaction.guildId, options);
  return {
    ...envelope(world, interaction, input),
    data: {
      id: command?.id ?? world.id(),
      name: input.name,
      type: 1,
      ...(options.length > 0 ? { options } : {}),
      ...(resolved ? { resolved } : {}),
      ...(command?.guildId ? { guild_id: command.guildId } : {}),
    },
  };
}

/** INTERACTION_CREATE for a modal submit (type 5) with text input values. */
export function modalSubmitInteraction(world: World, input: ModalSubmitInput): InteractionPayload {
  const interaction = register(world, input, 5, { sourceMessageId: input.messageId ?? null });
  let nextId = 1;
  const components = Object.entries(input.fields).map(([customId, value]) => {
    const textInput = { type: 4, id: 0, custom_id: customId, value };
    if (input.layout === 'label') {
      const id = nextId++;
      textInput.id = nextId++;
      return { type: 18, id, component: textInput };
    }
    const id = nextId++;
    textInput.id = nextId++;
    return { type: 1, id, components: [textInput] };
  });
  const message = input.messageId ? world.messages.get(input.messageId) : undefined;
  return {
    ...envelope(world, interaction, input),
    ...(message ? { message: messagePayload(world, message) } : {}),
    data: { custom_id: input.customId, components },
  };
}

/** INTERACTION_CREATE for a message component (type 3): a button by default. */
export function componentInteraction(world: World, input: ComponentInteractionInput): InteractionPayload {
  const message = world.messages.get(input.messageId);
  if (!message) throw new Error(`unknown message ${input.messageId}`);
  const interaction = register(world, { ...input, channelId: input.channelId ?? message.channelId }, 3, {
    sourceMessageId: message.id,
  });
  const componentType = input.componentType ?? 2;
  return {
    ...envelope(world, interaction, input),
    message: messagePayload(world, message),
    data: {
      custom_id: input.customId,
      component_type: componentType,
      ...(componentType === 2 ? {} : { values: input.values ?? [] }),
    },
  };
}
