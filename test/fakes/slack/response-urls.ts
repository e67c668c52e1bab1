import { randomBytes } from 'node:crypto';

/** What the app POSTed to a response_url (Bolt's `respond()` sends JSON). */
export interface RecordedResponse {
  id: string;
  body: unknown;
}

/** Slack lets an app use a response_url at most 5 times (within 30 minutes). */
const MAX_USES = 5;

/** response_url endpoints on the fake: `/response/{id}`. */
export class ResponseUrls {
  readonly posts: RecordedResponse[] = [];

  constructor(private readonly baseUrl: string) {}

  /** A new response_url that records what is posted to it. */
  url(id: string = randomBytes(8).toString('hex')): string {
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
    return { status: 200, body: { ok: true } };
  }
}
