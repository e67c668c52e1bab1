import type { BlockAction, ViewOutput, ViewStateValue, ViewSubmitAction } from '@slack/bolt';
import {
  newTriggerId,
  nowTs,
  payloadFormRequest,
  VERIFICATION_TOKEN,
  type SignableRequest,
} from './inbound-request.ts';

type StateValues = Record<string, Record<string, ViewStateValue>>;

interface Actor {
  teamId: string;
  teamDomain?: string;
  userId: string;
  userName?: string;
  apiAppId?: string;
  triggerId?: string;
}

export interface ActionInput {
  action_id: string;
  block_id: string;
  value?: string;
  type?: string;
  text?: string;
}

export interface BlockActionsOptions extends Actor {
  actions: ActionInput[];
  /** A button in a message: Slack then sends `channel`, `message`, `container` and `response_url`. */
  message?: { channelId: string; ts: string; text?: string; blocks?: unknown[] };
  responseUrl?: string;
  /** A button in a modal or the App Home: Slack sends `view` and no `response_url`. */
  view?: Partial<ViewOutput> & { id: string };
  state?: StateValues;
}

/** A `block_actions` payload, form-encoded as `payload=<json>` like Slack sends it. */
export function blockActions(opts: BlockActionsOptions): SignableRequest<BlockAction> {
  const actionTs = nowTs();
  const body: Omit<BlockAction, 'response_url'> & { response_url?: string } = {
    type: 'block_actions',
    user: user(opts),
    api_app_id: opts.apiAppId ?? 'A0KINDRED',
    token: VERIFICATION_TOKEN,
    container: container(opts),
    trigger_id: opts.triggerId ?? newTriggerId(),
    team: team(opts),
    is_enterprise_install: false,
    ...(opts.responseUrl ? { response_url: opts.responseUrl } : {}),
    actions: opts.actions.map((a) => ({
      type: a.type ?? 'button',
      action_id: a.action_id,
      block_id: a.block_id,
      text: { type: 'plain_text', text: a.text ?? a.value ?? a.action_id, emoji: true },
      ...(a.value === undefined ? {} : { value: a.value }),
      action_ts: actionTs,
    })) as BlockAction['actions'],
    ...(opts.state ? { state: { values: opts.state } } : {}),
  };
  if (opts.message) {
    body.channel = { id: opts.message.channelId, name: 'directmessage' };
    body.message = {
      type: 'message',
      ts: opts.message.ts,
      text: opts.message.text ?? '',
      blocks: opts.message.blocks ?? [],
    };
  }
  if (opts.view) body.view = viewOutput(opts.view, opts.teamId, opts.state ?? {});
  // Bolt's type says response_url is always there; Slack omits it for actions inside a view.
  return payloadFormRequest(body as BlockAction);
}

export interface ViewSubmissionOptions extends Actor {
  /** The view being submitted: typically the one the fake stored at `views.open`. */
  view: Partial<ViewOutput> & { id: string };
  /** `view.state.values`: block_id -> action_id -> value, as the user filled the inputs. */
  values: StateValues;
}

/** A `view_submission` payload, form-encoded as `payload=<json>`. */
export function viewSubmission(opts: ViewSubmissionOptions): SignableRequest<ViewSubmitAction> {
  return payloadFormRequest({
    type: 'view_submission',
    team: team(opts),
    user: { ...user(opts), name: opts.userName ?? opts.userId.toLowerCase() },
    api_app_id: opts.apiAppId ?? 'A0KINDRED',
    token: VERIFICATION_TOKEN,
    trigger_id: opts.triggerId ?? newTriggerId(),
    view: viewOutput(opts.view, opts.teamId, opts.values),
    response_urls: [],
    is_enterprise_install: false,
  });
}

function user(a: Actor) {
  return { id: a.userId, username: a.userName ?? a.userId.toLowerCase(), team_id: a.teamId };
}

function team(a: Actor) {
  return { id: a.teamId, domain: a.teamDomain ?? 'kindred-test' };
}

function container(opts: BlockActionsOptions): Record<string, unknown> {
  if (opts.view) return { type: 'view', view_id: opts.view.id };
  if (opts.message) {
    return {
      type: 'message',
      message_ts: opts.message.ts,
      channel_id: opts.message.channelId,
      is_ephemeral: false,
    };
  }
  return { type: 'message' };
}

function viewOutput(
  v: Partial<ViewOutput> & { id: string },
  teamId: string,
  values: StateValues,
): ViewOutput {
  return {
    team_id: teamId,
    type: 'modal',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    hash: `${Math.floor(Date.now() / 1000)}.fakehash`,
    title: { type: 'plain_text', text: 'Kindred' },
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: null,
    previous_view_id: null,
    root_view_id: v.id,
    app_id: 'A0KINDRED',
    external_id: '',
    app_installed_team_id: teamId,
    bot_id: 'B0KINDBOT',
    ...v,
    state: { values },
  };
}
