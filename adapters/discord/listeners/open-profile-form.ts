import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../../src/commands/intro-command.ts';
import { popularInterests } from '../../../src/members/popular-interests.ts';
import { requireMember } from '../../../src/members/require-member.ts';
import { getProfile } from '../../../src/store/member-repository.ts';
import { profileModal } from '../profile-modal.ts';
import type { HandlerDeps } from './handler-deps.ts';

/** Opens the profile form, prefilled, for someone who has just joined. */
export async function openProfileForm(
  deps: HandlerDeps,
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
): Promise<void> {
  const found = await requireMember(deps.db, {
    platform: 'discord',
    externalId: ctx.communityExternalId,
    userId: ctx.userId,
  });
  // `join` has just run: a missing member is a bug, not an expected failure.
  if (!found.ok) throw new Error('discord: member missing right after join');
  const { community, member } = found.value;
  const [profile, popular] = await Promise.all([
    getProfile(deps.db, member.id),
    popularInterests(deps.db, community.id),
  ]);
  await interaction.showModal(profileModal({ member, profile, popular }));
}
