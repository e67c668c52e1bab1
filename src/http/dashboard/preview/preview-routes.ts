import type { PreviewRound } from '../dashboard-deps.ts';
import type { DashboardContext } from '../dashboard-router.ts';
import { listParams } from '../listing/list-params.ts';
import { previewPage } from '../pages/preview-page.ts';
import { readPostForm } from '../post-form.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import type { Community } from '../../../domain/community.ts';
import { GROUP_SPEC } from './page-groups.ts';

const FORM_LIMIT = 16 * 1024;

/**
 * `GET` shows the button; `POST` (a form, CSRF-checked) computes the preview. Searching,
 * sorting and paging the result are links: `GET ?run=1&q=…&page=…` computes it again
 * (it writes nothing, so a GET is safe) and shows the asked-for slice.
 */
export function previewRoutes(
  previewRound: PreviewRound,
  token: string,
): { get: CommunityHandler; post: CommunityHandler } {
  const run = async (ctx: DashboardContext, community: Community) => {
    const started = performance.now();
    const preview = await previewRound(community.id);
    const params = listParams(ctx.url, GROUP_SPEC);
    sendHtml(
      ctx.res,
      200,
      previewPage(community, ctx.csrf, { preview, params, tookMs: performance.now() - started }),
    );
  };
  return {
    async get(ctx, community) {
      if (ctx.url.searchParams.get('run') === '1') return run(ctx, community);
      sendHtml(ctx.res, 200, previewPage(community, ctx.csrf));
    },
    async post(ctx, community) {
      const form = await readPostForm(ctx, token, FORM_LIMIT);
      if (!form) return;
      await run(ctx, community);
    },
  };
}
