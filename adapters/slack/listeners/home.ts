import type { App, BlockAction, webApi } from '@slack/bolt';
import type { MemberRef } from '../../../src/domain/member.ts';
import { pauseMember, resumeMember } from '../../../src/members/change-status.ts';
import { joinCommunity } from '../../../src/members/join-community.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';
import { HOME_ACTIONS } from '../views/home-view.ts';
import { openProfileModal } from '../views/open-profile-modal.ts';
import { publishHome } from '../views/publish-home.ts';

const refOf = (body: BlockAction): MemberRef => ({
  platform: 'slack',
  externalId: body.team?.id ?? body.user.team_id ?? '',
  userId: body.user.id,
});

/** The App Home tab and its buttons, which call the same use-cases as `/intro`. */
export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    // The same event fires for the Messages tab; only Home has something to draw.
    if (event.tab !== 'home' || typeof event.user !== 'string') return;
    const ref: MemberRef = { platform: 'slack', externalId: body.team_id, userId: event.user };
    await publishHome(client, deps.runtime, ref, communityLog(deps, body.team_id));
  });

  type Run = (body: BlockAction, ref: MemberRef, client: webApi.WebClient) => Promise<unknown>;
  const button = (actionId: string, run: Run) =>
    app.action<BlockAction>(actionId, async ({ ack, body, client }) => {
      await ack();
      const ref = refOf(body);
      await run(body, ref, client);
      await publishHome(client, deps.runtime, ref, communityLog(deps, ref.externalId));
    });

  button(HOME_ACTIONS.pause, (_body, ref) => pauseMember(deps.runtime, ref));
  button(HOME_ACTIONS.resume, (_body, ref) => resumeMember(deps.runtime, ref));
  button(HOME_ACTIONS.edit, (body, ref, client) =>
    openProfileModal(client, deps.runtime.db, ref, body.trigger_id),
  );
  button(HOME_ACTIONS.join, async (body, ref, client) => {
    await joinCommunity(deps.runtime, ref, { displayName: body.user.name, communityName: body.team?.domain });
    await openProfileModal(client, deps.runtime.db, ref, body.trigger_id);
  });
}
