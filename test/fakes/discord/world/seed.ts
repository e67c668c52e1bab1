import { Permission } from '../constants.ts';
import type { FakeChannel, FakeGuild, FakeRole, FakeUser } from './types.ts';
import type { World } from './world.ts';

/**
 * What Kindred's invite asks for (TESTING-NOTES): enough to post intros in private threads,
 * DM members and seed feedback reactions. No Administrator, so permission checks are real.
 */
export const KINDRED_BOT_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.CreatePrivateThreads |
  Permission.SendMessagesInThreads |
  Permission.AddReactions |
  Permission.ReadMessageHistory;

export interface Seed {
  guild: FakeGuild;
  everyone: FakeRole;
  botRole: FakeRole;
  moderator: FakeRole;
  channels: { intros: FakeChannel; general: FakeChannel };
  /** ada owns the guild; linus has DMs from server members switched off. */
  users: { ada: FakeUser; grace: FakeUser; linus: FakeUser; margaret: FakeUser };
}

/** One guild with an #intros and a #general text channel, an owner, three members and a moderator role. */
export function seedWorld(world: World): Seed {
  const ada = world.addUser({ username: 'ada', globalName: 'Ada' });
  const grace = world.addUser({ username: 'grace', globalName: 'Grace' });
  const linus = world.addUser({ username: 'linus', globalName: 'Linus', dmsOpen: false });
  const margaret = world.addUser({ username: 'margaret', globalName: 'Margaret', locale: 'fr' });
  const guild = world.addGuild({
    name: 'Kindred Test Guild',
    ownerId: ada.id,
    botPermissions: KINDRED_BOT_PERMISSIONS,
  });
  const moderator = world.addRole(guild.id, {
    name: 'Moderator',
    permissions: Permission.ManageGuild | Permission.ManageMessages | Permission.ManageThreads,
  });
  world.addMember(guild.id, grace.id, [moderator.id]);
  world.addMember(guild.id, linus.id);
  world.addMember(guild.id, margaret.id);
  const roles = world.guildRoles(guild.id);
  const everyone = roles.find((r) => r.id === guild.id);
  const botRole = roles.find((r) => r.botId === world.bot.id);
  if (!everyone || !botRole) throw new Error('addGuild did not create @everyone and the bot role');
  return {
    guild,
    everyone,
    botRole,
    moderator,
    channels: {
      intros: world.addTextChannel(guild.id, { name: 'intros', topic: 'Say hello' }),
      general: world.addTextChannel(guild.id, { name: 'general' }),
    },
    users: { ada, grace, linus, margaret },
  };
}
