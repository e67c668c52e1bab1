import { passesCsrf, CSRF_FIELD } from './auth/csrf.ts';
import type { DashboardContext } from './dashboard-router.ts';
import { messagePage } from './pages/message-page.ts';
import { formText, readForm } from './read-body.ts';
import { sendHtml } from './send-html.ts';

/**
 * Reads a POSTed form and checks it came from the dashboard's own page. On failure the
 * response is sent (403, 413 or 415) and undefined returned.
 */
export async function readPostForm(
  ctx: DashboardContext,
  token: string,
  limit: number,
): Promise<FormData | undefined> {
  const read = await readForm(ctx.req, limit);
  if (!read.ok) {
    const tooLarge = read.code === 'body.too_large';
    sendHtml(
      ctx.res,
      tooLarge ? 413 : 415,
      messagePage(
        tooLarge ? 'Too large' : 'Not a form',
        tooLarge
          ? `The upload is larger than ${Math.round(limit / 1024 / 1024)} MB. Split the file and import it in parts.`
          : 'Send the form from the dashboard page (urlencoded or multipart).',
      ),
    );
    return undefined;
  }
  if (!passesCsrf(ctx.req, ctx.auth, token, formText(read.form, CSRF_FIELD))) {
    sendHtml(
      ctx.res,
      403,
      messagePage('Refused', 'This form did not come from the dashboard. Reload the page and try again.'),
    );
    return undefined;
  }
  return read.form;
}
