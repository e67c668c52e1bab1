import type { PreviewRound } from '../dashboard-deps.ts';
import { previewPage } from '../pages/preview-page.ts';
import { readPostForm } from '../post-form.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';

const FORM_LIMIT = 16 * 1024;

/** `GET` shows the button; `POST` (a form, CSRF-checked) computes the preview. */
export function previewRoutes(
  previewRound: PreviewRound,
  token: string,
): { get: CommunityHandler; post: CommunityHandler } {
  return {
    async get(ctx, community) {
      sendHtml(ctx.res, 200, previewPage(community, ctx.csrf));
    },
    async post(ctx, community) {
      const form = await readPostForm(ctx, token, FORM_LIMIT);
      if (!form) return;
      const started = performance.now();
      const preview = await previewRound(community.id);
      sendHtml(
        ctx.res,
        200,
        previewPage(community, ctx.csrf, { preview, tookMs: performance.now() - started }),
      );
    },
  };
}
