import type { App } from '@slack/bolt';
import { handleIntroCommand, isCommunityAdmin } from '../../../src/commands/handle-intro-command.ts';
import type { CommandContext, CommandReply, IntroCommand } from '../../../src/commands/intro-command.ts';
import { parseIntroText } from '../../../src/commands/parse-intro-text.ts';
import { escapeReplyText } from '../escape-mrkdwn.ts';
import { isWorkspaceAdmin } from '../is-workspace-admin.ts';
import { sendExport } from '../send-export.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';
import { openProfileModal } from '../views/open-profile-modal.ts';

const SORRY = 'Sorry, something went wrong on my side. Please try again in a minute.';

const ephemeral = (text: string) => ({ response_type: 'ephemeral' as const, text: escapeReplyText(text) });

/** Admin words need to know who administers the workspace; `help` lists them for admins. */
const needsAdminCheck = (command: IntroCommand) =>
  command.word === 'help' || command.word.startsWith('admin_');

/** `/intro <word>`: ack with a private reply; a round runs after the ack and reports via respond(). */
export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/intro', async ({ command, ack, respond, client }) => {
    const log = communityLog(deps, command.team_id);
    const parsed = parseIntroText(command.text);
    const count = (outcome: string) =>
      deps.runtime.metrics.commands.inc({ platform: 'slack', word: parsed.word, outcome });
    const ctx: CommandContext = {
      platform: 'slack',
      communityExternalId: command.team_id,
      communityName: command.team_domain,
      userId: command.user_id,
      displayName: command.user_name,
      platformAdmin: needsAdminCheck(parsed) ? await isWorkspaceAdmin(client, command.user_id, log) : false,
    };
    const answer = async (): Promise<CommandReply> => {
      try {
        const reply = await handleIntroCommand(deps.runtime, ctx, parsed);
        count('ok');
        return reply;
      } catch (err) {
        log.error({ err, word: parsed.word }, 'slack: /intro failed');
        count('error');
        return { text: SORRY };
      }
    };

    if (parsed.word === 'admin_round' && isCommunityAdmin(deps.runtime.config, ctx)) {
      // Matching a whole community can take longer than the 3 s Slack waits for an ack.
      await ack(ephemeral('Working on it…'));
      deps.afterAck.run('admin round', async () => respond(ephemeral((await answer()).text)));
      return;
    }
    const reply = await answer();
    await ack(ephemeral(reply.text));
    if (reply.openProfileForm) {
      const ref = { platform: 'slack' as const, externalId: command.team_id, userId: command.user_id };
      await openProfileModal(client, deps.runtime.db, ref, command.trigger_id).catch((err: unknown) =>
        log.warn({ err }, 'slack: could not open the profile form'),
      );
    }
    const attachment = reply.attachment;
    if (attachment) deps.afterAck.run('export', () => sendExport(client, command.user_id, attachment));
  });
}
