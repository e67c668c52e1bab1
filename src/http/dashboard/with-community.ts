import type { Community } from '../../domain/community.ts';
import { getCommunity } from '../../store/community-repository.ts';
import type { Queryable } from '../../store/db.ts';
import type { DashboardContext, DashboardHandler } from './dashboard-router.ts';
import { messagePage } from './pages/message-page.ts';
import { sendHtml } from './send-html.ts';

export type CommunityHandler = (ctx: DashboardContext, community: Community) => Promise<void>;

/** Loads the community named by `:id`, or answers 404. */
export function withCommunity(db: Queryable, handler: CommunityHandler): DashboardHandler {
  return async (ctx) => {
    const community = await getCommunity(db, Number(ctx.params['id']));
    if (!community) {
      sendHtml(ctx.res, 404, messagePage('Not found', 'There is no community with that number.'));
      return;
    }
    await handler(ctx, community);
  };
}
