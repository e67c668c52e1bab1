import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';

/** What someone in a workspace Kindred is not installed in sees. */
export const OTHER_WORKSPACE_TEXT =
  'Kindred is not set up for this workspace, so it cannot do anything here. Ask an admin of this workspace to install Kindred for it.';

/** The workspace a request comes from: commands and events name `team_id`, interactions `team.id`. */
export function requestTeamId(body: unknown): string | undefined {
  const b = body as { team_id?: unknown; team?: { id?: unknown } | null; user?: { team_id?: unknown } };
  const candidates = [b.team_id, b.team?.id, b.user?.team_id];
  return candidates.find((id): id is string => typeof id === 'string' && id !== '');
}

/**
 * Refuses every request that is not from the workspace the bot token belongs to (auth.test
 * at start). A signature only proves the request came from Slack for this app: an app
 * distributed to, or reinstalled in, another workspace signs with the same secret, and
 * without this check a command there would create a community and honour `KINDRED_ADMINS`
 * in it. A command gets a private answer saying why; other requests are acknowledged
 * (so Slack does not retry them) and dropped, with a log line for the operator.
 */
export function registerWorkspaceGuard(app: App, installedTeamId: string, log: Logger): void {
  app.use(async (args: AnyMiddlewareArgs & { next: () => Promise<void> }) => {
    const teamId = requestTeamId(args.body);
    if (teamId === installedTeamId) return args.next();
    const kind =
      (args.body as { type?: unknown; command?: unknown }).type ??
      (args.body as { command?: unknown }).command;
    log.warn(
      { team: teamId ?? 'none', installedTeam: installedTeamId, kind },
      'slack: request from another workspace refused',
    );
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    if (!ack) return;
    if ('command' in args) await ack({ response_type: 'ephemeral', text: OTHER_WORKSPACE_TEXT });
    else await ack();
  });
}
