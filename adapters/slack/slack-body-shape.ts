import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

const text = z.string().max(20_000);
const id = z.string().min(1).max(255);

// The envelope of each kind of request Kindred handles: what Bolt and the listeners read
// before any listener can validate its own fields. Slack's documented shapes, loosely: extra
// fields pass, a missing or mistyped one is a malformed request.
const slashCommand = z.object({ command: text, text, team_id: id, user_id: id }).loose();
// Bolt reads `channel.id`, `team.id` (team is null for org-wide installs), `view.…` and
// `actions[0]` of interactions, and `'channel' in event.item` of events, unguarded.
const anObject = z.object({}).loose();
const interaction = z
  .object({
    type: id,
    user: z.object({ id }).loose(),
    team: anObject.nullable().optional(),
    channel: anObject.optional(),
    actions: z
      .array(z.object({ action_id: id }).loose())
      .min(1)
      .optional(),
    view: anObject.optional(),
  })
  .loose()
  .refine((body) => !['view_submission', 'view_closed'].includes(body.type) || body.view !== undefined)
  .refine((body) => body.type !== 'block_actions' || body.actions !== undefined);
const eventCallback = z
  .object({
    type: z.literal('event_callback'),
    event_id: id,
    team_id: id,
    event: z
      .object({ type: id, item: anObject.optional(), channel: z.union([z.string(), anObject]).optional() })
      .loose(),
  })
  .loose();
const otherJson = z.object({ type: id }).loose();

/**
 * Why a body Slack would never send is unusable, or undefined when its envelope is sound.
 * Bolt 5.1 reads fields of the parsed body with no guard: a signed `null` (or
 * `payload=null`) becomes an unhandled rejection, and a command without `text` leaves the
 * request unanswered for 3 s. Checked the way Bolt parses: form-encoded bodies by their
 * fields (interactivity as JSON in `payload`), anything else as JSON.
 */
export function slackBodyProblem(contentType: string | undefined, raw: string): string | undefined {
  let body: unknown;
  if (contentType === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(raw);
    if (fields['ssl_check'] === '1') return undefined;
    if (typeof fields['payload'] === 'string') {
      body = parseJson(fields['payload']);
      return interaction.safeParse(body).success
        ? undefined
        : 'interaction payload is not an object Slack sends';
    }
    return slashCommand.safeParse(fields).success ? undefined : 'form body is not a slash command';
  }
  body = parseJson(raw);
  if (body === undefined) return 'body is not JSON';
  const parsed = otherJson.safeParse(body);
  if (!parsed.success) return 'JSON body is not an object with a type';
  if (parsed.data.type === 'event_callback' && !eventCallback.safeParse(body).success)
    return 'event_callback without event_id, team_id or event';
  return undefined;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
