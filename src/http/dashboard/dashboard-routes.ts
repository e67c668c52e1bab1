import { handleLogout } from './auth/login-routes.ts';
import type { DashboardDeps } from './dashboard-deps.ts';
import type { DashboardRoute } from './dashboard-router.ts';
import { exportRoute } from './export/export-route.ts';
import { importRoutes } from './import/import-routes.ts';
import { communitiesPage } from './pages/communities-page.ts';
import { graphPage } from './pages/graph-page.ts';
import { interestsPage } from './pages/interests-page.ts';
import { learnedPage } from './pages/learned-page.ts';
import { membersPage } from './pages/members-page.ts';
import { overviewPage } from './pages/overview-page.ts';
import { roundPage } from './pages/round-page.ts';
import { roundsPage } from './pages/rounds-page.ts';
import { readPostForm } from './post-form.ts';
import { defaultPreviewRound } from './preview/default-preview-round.ts';
import { previewRoutes } from './preview/preview-routes.ts';
import type { CommunityHandler } from './with-community.ts';
import { withCommunity } from './with-community.ts';

/** Every dashboard page and action, behind authentication (see `mountDashboard`). */
export function dashboardRoutes(deps: DashboardDeps, token: string): DashboardRoute[] {
  const { db } = deps;
  const c = (handler: CommunityHandler) => withCommunity(db, handler);
  const imports = importRoutes(deps, token);
  const preview = previewRoutes(deps.previewRound ?? defaultPreviewRound(deps), token);
  return [
    { method: 'GET', path: '/admin', handler: communitiesPage(db) },
    {
      method: 'POST',
      path: '/admin/logout',
      handler: async (ctx) => {
        if (await readPostForm(ctx, token, 4096)) await handleLogout(deps, ctx.res, ctx.auth, deps.clock());
      },
    },
    { method: 'GET', path: '/admin/import', handler: imports.get },
    { method: 'POST', path: '/admin/import', handler: imports.post },
    { method: 'GET', path: '/admin/c/:id', handler: c(overviewPage(db)) },
    { method: 'GET', path: '/admin/c/:id/members', handler: c(membersPage(db)) },
    { method: 'GET', path: '/admin/c/:id/rounds', handler: c(roundsPage(db)) },
    { method: 'GET', path: '/admin/c/:id/rounds/:round', handler: c(roundPage(db)) },
    { method: 'GET', path: '/admin/c/:id/interests', handler: c(interestsPage(db)) },
    { method: 'GET', path: '/admin/c/:id/learned', handler: c(learnedPage(db, deps.clock)) },
    { method: 'GET', path: '/admin/c/:id/graph', handler: c(graphPage(db, deps.log)) },
    { method: 'GET', path: '/admin/c/:id/preview', handler: c(preview.get) },
    { method: 'POST', path: '/admin/c/:id/preview', handler: c(preview.post) },
    { method: 'GET', path: '/admin/c/:id/import', handler: imports.get },
    { method: 'POST', path: '/admin/c/:id/import', handler: imports.post },
    { method: 'GET', path: '/admin/c/:id/export/:file', handler: c(exportRoute(db)) },
  ];
}
