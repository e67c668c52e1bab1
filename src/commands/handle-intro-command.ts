import type { CommandDeps } from './command-deps.ts';
import { handleAdminCommand } from './handle-admin-command.ts';
import { handleMemberCommand } from './handle-member-command.ts';
import { helpText } from './help-text.ts';
import type { CommandContext, CommandReply, IntroCommand } from './intro-command.ts';
import { messageFor } from './messages.ts';

/** Workspace admins and owners, Manage Server on Discord, and anyone in KINDRED_ADMINS. */
export function isCommunityAdmin(
  config: Pick<CommandDeps['config'], 'admins'>,
  ctx: CommandContext,
): boolean {
  return ctx.platformAdmin || config.admins.includes(ctx.userId);
}

/**
 * Answers one `/intro` command, the same on every platform. Replies are private to the
 * person who asked; unknown words answer with help.
 */
export async function handleIntroCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  command: IntroCommand,
): Promise<CommandReply> {
  const admin = isCommunityAdmin(deps.config, ctx);
  if (command.word === 'help') {
    if (command.problem) return { text: messageFor(command.problem, { given: '' }) };
    return { text: helpText({ unknown: command.unknown, admin }) };
  }
  if (command.word.startsWith('admin_')) {
    if (!admin) return { text: messageFor('admin.only') };
    return handleAdminCommand(deps, ctx, command as Extract<IntroCommand, { word: `admin_${string}` }>);
  }
  return handleMemberCommand(deps, ctx, command as Parameters<typeof handleMemberCommand>[2]);
}
