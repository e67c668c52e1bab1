import type { DashboardDeps, PreviewRound } from '../dashboard-deps.ts';

/** The rounds use-case behind the preview page, on the dashboard's own database. */
export function defaultPreviewRound(_deps: DashboardDeps): PreviewRound | undefined {
  return undefined;
}
