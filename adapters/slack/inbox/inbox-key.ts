import { FEEDBACK_ACTION_PREFIX } from '../render-direct-blocks.ts';

/** Events whose effect must not be lost: feedback, and deleting a workspace's data. */
const STATE_CHANGING_EVENTS = new Set([
  'reaction_added',
  'reaction_removed',
  'app_uninstalled',
  'tokens_revoked',
]);

interface MaybeBody {
  type?: unknown;
  event_id?: unknown;
  event?: { type?: unknown };
  user?: { id?: unknown };
  actions?: Array<{ action_id?: unknown; action_ts?: unknown }>;
}

/**
 * The inbox id of a Slack body that changes state, or undefined for everything else
 * (commands and forms answer the person directly, so a failure is seen and retried by them).
 * Events carry `event_id`; a feedback click is identified by who clicked and when.
 */
export function inboxKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as MaybeBody;
  if (b.type === 'event_callback') {
    return typeof b.event_id === 'string' &&
      typeof b.event?.type === 'string' &&
      STATE_CHANGING_EVENTS.has(b.event.type)
      ? b.event_id
      : undefined;
  }
  if (b.type === 'block_actions') {
    const action = b.actions?.[0];
    const user = b.user?.id;
    if (
      typeof action?.action_id === 'string' &&
      action.action_id.startsWith(FEEDBACK_ACTION_PREFIX) &&
      typeof action.action_ts === 'string' &&
      typeof user === 'string'
    )
      return `action:${user}:${action.action_ts}`;
  }
  return undefined;
}
