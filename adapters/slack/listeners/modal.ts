import type { App } from '@slack/bolt';
import { messageFor } from '../../../src/commands/messages.ts';
import { updateProfile } from '../../../src/members/update-profile.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';
import { publishHome } from '../views/publish-home.ts';
import { blockForFailure, parseProfileForm } from '../views/profile-form-schema.ts';
import { PROFILE_CALLBACK_ID } from '../views/profile-modal-view.ts';

/**
 * The profile form's submission. Problems go back as `response_action: 'errors'` under
 * the block they concern, and the form stays open; on success the form closes.
 */
export function registerModal(app: App, deps: SlackDeps): void {
  app.view(PROFILE_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? view.team_id;
    const log = communityLog(deps, teamId);
    const form = parseProfileForm(view.state.values);
    if (!form.ok) return ack({ response_action: 'errors', errors: form.errors });
    const ref = { platform: 'slack' as const, externalId: teamId, userId: body.user.id };
    const saved = await updateProfile(deps.runtime, ref, form.input);
    if (!saved.ok) {
      return ack({
        response_action: 'errors',
        errors: { [blockForFailure(saved.code, saved.detail)]: messageFor(saved.code, saved.detail) },
      });
    }
    await ack();
    deps.afterAck.run('refresh home', () => publishHome(client, deps.runtime, ref, log));
  });
}
