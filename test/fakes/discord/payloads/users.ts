import type {
  APIGuildMember,
  APIInteractionGuildMember,
  APIUser,
  GuildMemberFlags,
  UserFlags,
} from 'discord.js';
import type { World } from '../world/world.ts';
import type { FakeMember, FakeUser } from '../world/types.ts';
import { basePermissions } from '../world/permissions.ts';

/** The user object (resources/user#user-object); usernames are unique, so discriminator is "0". */
export function userPayload(user: FakeUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
  };
}

/** The guild member object (resources/guild#guild-member-object); `roles` never lists @everyone. */
export function memberPayload(world: World, member: FakeMember): APIGuildMember {
  const user = world.users.get(member.userId);
  if (!user) throw new Error(`member of unknown user ${member.userId}`);
  return {
    user: userPayload(user),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: member.roleIds,
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Interactions add the member's guild-level `permissions` (interactions/receiving-and-responding). */
export function interactionMemberPayload(
  world: World,
  member: FakeMember,
  permissions?: bigint,
): APIInteractionGuildMember {
  const perms = permissions ?? basePermissions(world, member.guildId, member.userId);
  return { ...memberPayload(world, member), permissions: perms.toString() };
}
