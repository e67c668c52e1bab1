import type { Community } from '../../../domain/community.ts';
import { ensureCommunity, getCommunity } from '../../../store/community-repository.ts';
import { passesCsrf } from '../auth/csrf.ts';
import type { DashboardContext, DashboardHandler } from '../dashboard-router.ts';
import type { DashboardDeps } from '../dashboard-deps.ts';
import { sendJson } from '../../server.ts';
import { importPage, importResultPage } from '../pages/import-page.ts';
import { messagePage } from '../pages/message-page.ts';
import { readPostForm } from '../post-form.ts';
import { formText, readBody } from '../read-body.ts';
import { sendHtml } from '../send-html.ts';
import { importMembers } from './import-members.ts';
import { prepareImport } from './prepare-import.ts';

const DEFAULT_LIMIT = 5 * 1024 * 1024;

/** An offline community's external id from its name: "Book Club!" → "book-club". */
export const offlineId = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'roster';

interface Submission {
  /** The file's bytes (an upload, or a script's body) or the text pasted into the form. */
  content: string | Uint8Array;
  /** Pasted text, shown again after an error. */
  pasted: string | undefined;
  fileName: string;
  consent: boolean;
  name: string | undefined;
}

/** A browser form (file or pasted text) or, for scripts, the file itself as the body. */
async function readSubmission(
  ctx: DashboardContext,
  deps: DashboardDeps,
  token: string,
): Promise<Submission | undefined> {
  const limit = deps.maxUploadBytes ?? DEFAULT_LIMIT;
  const type = ctx.req.headers['content-type'] ?? '';
  if (/^(text\/csv|application\/json|text\/plain)\b/i.test(type)) {
    if (!passesCsrf(ctx.req, ctx.auth, token, undefined)) {
      sendJson(ctx.res, 403, { error: 'csrf', message: 'send Authorization: Bearer $ADMIN_TOKEN' });
      return undefined;
    }
    const body = await readBody(ctx.req, limit);
    if (!body.ok) {
      sendJson(ctx.res, 413, { error: 'too_large', message: `at most ${limit} bytes` });
      return undefined;
    }
    return {
      content: new Uint8Array(body.body),
      pasted: undefined,
      fileName: /json/i.test(type) ? 'members.json' : 'members.csv',
      consent: ctx.url.searchParams.get('consent') === 'yes',
      name: ctx.url.searchParams.get('name') ?? undefined,
    };
  }
  const form = await readPostForm(ctx, token, limit);
  if (!form) return undefined;
  const file = form.get('file');
  const uploaded =
    file instanceof Blob && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined;
  const pasted = formText(form, 'text');
  return {
    content: uploaded ?? pasted ?? '',
    pasted: uploaded === undefined ? pasted : undefined,
    fileName: uploaded !== undefined && file instanceof File && file.name ? file.name : 'pasted text',
    consent: formText(form, 'consent') === 'yes',
    name: formText(form, 'name'),
  };
}

/** `GET` and `POST` `/admin/import` (new offline community) and `/admin/c/:id/import`. */
export function importRoutes(
  deps: DashboardDeps,
  token: string,
): { get: DashboardHandler; post: DashboardHandler } {
  const target = async (ctx: DashboardContext): Promise<Community | undefined | 'missing'> => {
    if (ctx.params['id'] === undefined) return undefined;
    return (await getCommunity(deps.db, Number(ctx.params['id']))) ?? 'missing';
  };
  return {
    async get(ctx) {
      const community = await target(ctx);
      if (community === 'missing')
        return sendHtml(ctx.res, 404, messagePage('Not found', 'There is no community with that number.'));
      sendHtml(ctx.res, 200, importPage({ community, csrf: ctx.csrf }));
    },
    async post(ctx) {
      const found = await target(ctx);
      if (found === 'missing')
        return sendHtml(ctx.res, 404, messagePage('Not found', 'There is no community with that number.'));
      const asJson = !/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(
        ctx.req.headers['content-type'] ?? '',
      );
      const submission = await readSubmission(ctx, deps, token);
      if (!submission) return;
      const refuse = (error: string) =>
        asJson
          ? sendJson(ctx.res, 400, { error: 'import.invalid', message: error })
          : sendHtml(
              ctx.res,
              400,
              importPage({
                community: found,
                csrf: ctx.csrf,
                error,
                values: {
                  name: submission.name,
                  text: submission.pasted?.slice(0, 200_000),
                  consent: submission.consent,
                },
              }),
            );
      if (!submission.consent)
        return refuse('Confirm that these people agreed to be introduced (consent=yes).');
      const name = submission.name?.trim() ?? '';
      if (!found && (name === '' || name.length > 80))
        return refuse('Give the community a name of 1 to 80 characters.');
      const prepared = prepareImport(submission.content, submission.fileName);
      if (!prepared.ok) {
        // The code says what went wrong; the message may quote members' data, so it stays out of the log.
        deps.log.info({ community: found?.id, code: prepared.code }, 'import refused');
        return refuse(prepared.message);
      }
      const community =
        found ?? (await ensureCommunity(deps.db, { platform: 'offline', externalId: offlineId(name) }, name));
      const summary = await importMembers(deps.db, community, prepared.rows, deps.clock());
      deps.log.info(
        {
          community: community.id,
          created: summary.created,
          updated: summary.updated,
          skipped: summary.skipped.length,
        },
        'members imported',
      );
      if (asJson) sendJson(ctx.res, 200, { communityId: community.id, ...summary });
      else sendHtml(ctx.res, 200, importResultPage(community, summary, ctx.csrf));
    },
  };
}
