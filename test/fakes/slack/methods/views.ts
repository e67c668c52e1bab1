import { randomBytes } from 'node:crypto';
import type { FakeView, FakeWorkspace } from '../workspace.ts';
import { argObject, argString, fail, ok, type MethodContext, type SlackResult } from './context.ts';

const TRIGGER_ID = /^\d+\.\d+\.[0-9a-f]+$/;

/**
 * views.open: a trigger_id can be exchanged for a modal once, within 3 seconds of the
 * interaction. A second use is `exchanged_trigger_id`; `workspace.expiredTriggers` lets a
 * test play the slow path (`expired_trigger_id`).
 */
export function viewsOpen({ args, workspace }: MethodContext): SlackResult {
  const triggerId = argString(args, 'trigger_id');
  const view = argObject(args, 'view');
  if (!triggerId || !view || view.type !== 'modal') return fail('invalid_arguments');
  if (!TRIGGER_ID.test(triggerId)) return fail('invalid_trigger_id');
  if (workspace.expiredTriggers.has(triggerId)) return fail('expired_trigger_id');
  if (workspace.usedTriggers.has(triggerId)) return fail('exchanged_trigger_id');
  workspace.usedTriggers.add(triggerId);
  const stored = storeView(workspace, view, workspace.ids.next('V'));
  return ok({ view: stored });
}

/** views.publish: sets a user's App Home; a stale `hash` is `hash_conflict`. */
export function viewsPublish({ args, workspace }: MethodContext): SlackResult {
  const userId = argString(args, 'user_id');
  const view = argObject(args, 'view');
  if (!userId || !view || view.type !== 'home') return fail('invalid_arguments');
  if (!workspace.users.has(userId)) return fail('user_not_found');
  const current = workspace.homeViews.get(userId);
  const hash = argString(args, 'hash');
  if (hash && current && hash !== current.hash) return fail('hash_conflict');
  const stored = storeView(workspace, view, current?.id ?? workspace.ids.next('V'));
  workspace.homeViews.set(userId, stored);
  return ok({ view: stored });
}

/** views.update by `view_id` or `external_id`; a stale `hash` is `hash_conflict`. */
export function viewsUpdate({ args, workspace }: MethodContext): SlackResult {
  const view = argObject(args, 'view');
  if (!view) return fail('invalid_arguments');
  const viewId = argString(args, 'view_id');
  const externalId = argString(args, 'external_id');
  const current = viewId
    ? workspace.views.get(viewId)
    : [...workspace.views.values()].find((v) => externalId && v.external_id === externalId);
  if (!current) return fail('not_found');
  const hash = argString(args, 'hash');
  if (hash && hash !== current.hash) return fail('hash_conflict');
  const stored = storeView(workspace, { ...view, type: current.type }, current.id, current);
  for (const [user, home] of workspace.homeViews)
    if (home.id === stored.id) workspace.homeViews.set(user, stored);
  return ok({ view: stored });
}

/** The view object Slack echoes back, with a fresh hash on every change. */
function storeView(
  workspace: FakeWorkspace,
  input: Record<string, unknown>,
  id: string,
  previous?: FakeView,
): FakeView {
  const view: FakeView = {
    id,
    team_id: workspace.team.id,
    type: String(input.type),
    blocks: input.blocks ?? [],
    private_metadata: input.private_metadata ?? '',
    callback_id: input.callback_id ?? '',
    state: { values: {} },
    hash: `${Math.floor(workspace.now() / 1000)}.${randomBytes(4).toString('hex')}`,
    title: input.title ?? null,
    clear_on_close: input.clear_on_close ?? false,
    notify_on_close: input.notify_on_close ?? false,
    close: input.close ?? null,
    submit: input.submit ?? null,
    previous_view_id: null,
    root_view_id: previous?.root_view_id ?? id,
    app_id: workspace.bot.appId,
    external_id: input.external_id ?? '',
    app_installed_team_id: workspace.team.id,
    bot_id: workspace.bot.botId,
  };
  workspace.views.set(id, view);
  return view;
}
