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

/**
 * How long an answer may take before the ack goes out without it. With processBeforeResponse
 * the ack is sent only when this listener returns, and Slack gives up after 3 s: on the
 * embedded database one connection is shared with delivery, so a query may wait.
 */
export const ACK_DEADLINE_MS = 1_500;

const WORKING = 'Working on it…';

const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
};

/**
 * `/intro <word>`: the reply goes in the ack when it is ready within {@link ACK_DEADLINE_MS},
 * else the ack says it is working and the reply follows through respond(). A round always
 * runs after the ack. The profile form and an export go out after the ack too.
 */
export function registerCommands(app: App, deps: SlackDeps, ackDeadlineMs = ACK_DEADLINE_MS): void {
  app.command('/intro', async ({ command, ack, respond, client }) => {
    const log = communityLog(deps, command.team_id);
    const parsed = parseIntroText(command.text);
    const count = (outcome: string) =>
      deps.runtime.metrics.commands.inc({ platform: 'slack', word: parsed.word, outcome });
    const context = async (): Promise<CommandContext> => ({
      platform: 'slack',
      communityExternalId: command.team_id,
      communityName: command.team_domain,
      userId: command.user_id,
      displayName: command.user_name,
      platformAdmin: needsAdminCheck(parsed) ? await isWorkspaceAdmin(client, command.user_id, log) : false,
    });
    const answer = async (ctx: CommandContext): Promise<CommandReply> => {
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
    const afterReply = (reply: CommandReply) => {
      if (reply.openProfileForm) {
        const ref = { platform: 'slack' as const, externalId: command.team_id, userId: command.user_id };
        deps.afterAck.run('profile form', () =>
          openProfileModal(client, deps.runtime.db, ref, command.trigger_id).catch((err: unknown) =>
            log.warn({ err }, 'slack: could not open the profile form'),
          ),
        );
      }
      const attachment = reply.attachment;
      if (attachment) deps.afterAck.run('export', () => sendExport(client, command.user_id, attachment));
    };

    // One deadline for the whole ack: the admin check (a users.info call) counts against it.
    const started = Date.now();
    const left = () => Math.max(0, ackDeadlineMs - (Date.now() - started));
    const ctxReady = context();
    if (parsed.word === 'admin_round') {
      // Matching a whole community can take longer than the 3 s Slack waits for an ack. A
      // member is refused in the ack when the admin check answers in time; when it does
      // not, the round (or the refusal) follows through respond().
      const ctx = await within(ctxReady, left());
      if (!ctx || isCommunityAdmin(deps.runtime.config, ctx)) {
        await ack(ephemeral(WORKING));
        deps.afterAck.run('admin round', async () => respond(ephemeral((await answer(await ctxReady)).text)));
        return;
      }
    }
    const pending = ctxReady.then(answer);
    const reply = await within(pending, left());
    if (reply) {
      await ack(ephemeral(reply.text));
      afterReply(reply);
      return;
    }
    await ack(ephemeral(WORKING));
    deps.afterAck.run('late reply', async () => {
      const late = await pending;
      await respond(ephemeral(late.text));
      afterReply(late);
    });
  });
}
