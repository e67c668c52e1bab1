import { ALL_PERMISSIONS, ChannelKind, Permission } from '../constants.ts';
import type { FakeChannel } from './types.ts';
import type { World } from './world.ts';

/** Guild-level permissions (topics/permissions#permission-overwrites, "computeBasePermissions"). */
export function basePermissions(world: World, guildId: string, userId: string): bigint {
  const guild = world.guilds.get(guildId);
  const member = world.member(guildId, userId);
  if (!guild || !member) return 0n;
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  let permissions = world.roles.get(guildId)?.permissions ?? 0n;
  for (const roleId of member.roleIds) permissions |= world.roles.get(roleId)?.permissions ?? 0n;
  return permissions & Permission.Administrator ? ALL_PERMISSIONS : permissions;
}

/**
 * Channel permissions: base, then @everyone, role and member overwrites in that order.
 * Threads use their parent's overwrites; a private thread is visible only to its members and
 * to those with Manage Threads. Without View Channel every other permission is implicitly denied.
 */
export function channelPermissions(world: World, channel: FakeChannel, userId: string): bigint {
  if (channel.guildId === null) return ALL_PERMISSIONS;
  const base = basePermissions(world, channel.guildId, userId);
  if (base === ALL_PERMISSIONS) return ALL_PERMISSIONS;
  const source =
    channel.thread && channel.parentId ? (world.channels.get(channel.parentId) ?? channel) : channel;
  let permissions = applyOverwrites(world, source, channel.guildId, userId, base);
  if (
    channel.type === ChannelKind.PrivateThread &&
    !channel.threadMembers.has(userId) &&
    !(permissions & Permission.ManageThreads)
  ) {
    permissions &= ~Permission.ViewChannel;
  }
  if (!(permissions & Permission.ViewChannel)) return 0n;
  return permissions;
}

function applyOverwrites(
  world: World,
  channel: FakeChannel,
  guildId: string,
  userId: string,
  base: bigint,
): bigint {
  let permissions = base;
  const everyone = channel.overwrites.find((o) => o.id === guildId);
  if (everyone) permissions = (permissions & ~everyone.deny) | everyone.allow;
  const roleIds = new Set(world.member(guildId, userId)?.roleIds ?? []);
  let allow = 0n;
  let deny = 0n;
  for (const o of channel.overwrites) {
    if (o.type === 0 && roleIds.has(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  permissions = (permissions & ~deny) | allow;
  const own = channel.overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) permissions = (permissions & ~own.deny) | own.allow;
  return permissions;
}
