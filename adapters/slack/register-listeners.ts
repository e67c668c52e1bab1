import type { App } from '@slack/bolt';
import { registerActions } from './listeners/actions.ts';
import { registerCommands } from './listeners/commands.ts';
import { registerHome } from './listeners/home.ts';
import { registerLifecycle } from './listeners/lifecycle.ts';
import { registerModal } from './listeners/modal.ts';
import { registerReactions } from './listeners/reactions.ts';
import type { SlackDeps } from './slack-deps.ts';

/** Every Slack listener Kindred has, one file per group. */
export function registerListeners(app: App, deps: SlackDeps): void {
  registerCommands(app, deps);
  registerModal(app, deps);
  registerHome(app, deps);
  registerActions(app, deps);
  registerReactions(app, deps);
  registerLifecycle(app, deps);
}
