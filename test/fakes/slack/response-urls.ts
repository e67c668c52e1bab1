import { randomBytes } from 'node:crypto';

/** What the app POSTed to a response_url (Bolt's `respond()` sends JSON). */
export interface RecordedResponse {
  id: string;
  body: unknown;
}

/** Slack lets an app use a response_url at most 5 times (within 30 minutes). */
const MAX_USES = 5;

/** The message a button's response_url belongs to. */
export interface SourceMessage {
  channel: string;
  ts: string;
}

/** Replaces the source message's content, as `replace_original: true` does on Slack. */
export type ReplaceMessage = (source: SourceMessage, body: { text?: string; blocks?: unknown[] }) => void;

/** response_url endpoints on the fake: `/response/{id}`. */
export class ResponseUrls {
  readonly posts: RecordedResponse[] = [];
  readonly #sources = new Map<string, SourceMessage>();

  constructor(
    private readonly baseUrl: string,
    private readonly replace?: ReplaceMessage,
  ) {}

  /**
   * A new response_url that records what is posted to it. With `source` (a button in that
   * message), a post with `replace_original: true` replaces the message's text and blocks
   * and keeps its reactions; anything else posted (an ephemeral reply) is seen by the
   * clicker only and changes no message.
   */
  url(id: string = randomBytes(8).toString('hex'), source?: SourceMessage): string {
    if (source) this.#sources.set(id, source);
    return `${this.baseUrl}/response/${encodeURIComponent(id)}`;
  }

  /** Everything posted to the response_url with this id or URL. */
  to(idOrUrl: string): RecordedResponse[] {
    const id = decodeURIComponent(idOrUrl.split('/response/').pop() ?? idOrUrl);
    return this.posts.filter((p) => p.id === id);
  }

  /** Handles one POST; answers `{ok:true}`, or 404 once the URL is used up. */
  accept(id: string, raw: string): { status: number; body: unknown } {
    if (this.to(id).length >= MAX_USES) return { status: 404, body: { ok: false, error: 'used_url' } };
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return { status: 400, body: { ok: false, error: 'invalid_payload' } };
    }
    this.posts.push({ id, body });
    const source = this.#sources.get(id);
    const reply = body as { replace_original?: unknown; text?: unknown; blocks?: unknown } | null;
    if (source && reply?.replace_original === true) {
      this.replace?.(source, {
        ...(typeof reply.text === 'string' ? { text: reply.text } : {}),
        ...(Array.isArray(reply.blocks) ? { blocks: reply.blocks as unknown[] } : {}),
      });
    }
    return { status: 200, body: { ok: true } };
  }
}
