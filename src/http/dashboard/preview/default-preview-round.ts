import { previewRound } from '../../../rounds/preview-round.ts';
import type { DashboardDeps, PreviewRound } from '../dashboard-deps.ts';

/**
 * The rounds use-case behind the preview page, with the dashboard's database, clock and
 * (when given) the chat platforms, so members who left the workspace are left out as a
 * real round would.
 */
export function defaultPreviewRound(deps: DashboardDeps): PreviewRound {
  return (communityId) =>
    previewRound({ db: deps.db, clock: deps.clock, log: deps.log, platforms: deps.platforms }, communityId);
}
