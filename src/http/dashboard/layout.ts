import type { Community } from '../../domain/community.ts';
import { CSRF_FIELD } from './auth/csrf.ts';
import type { SafeHtml } from './html.ts';
import { html } from './html.ts';
import { ASSET_PATH } from './stylesheet.ts';

export interface PageFrame {
  title: string;
  community?: Community;
  /** Which community tab this page is. */
  active?: CommunityTab;
  /** Present for a signed-in browser: the sign-out form needs it. */
  csrf?: string | undefined;
}

/** The list of communities, even when there is only one (`/admin` alone then opens it). */
export const ALL_COMMUNITIES = '/admin?all=1';

export const COMMUNITY_TABS = [
  ['overview', 'Overview', ''],
  ['members', 'Members', '/members'],
  ['rounds', 'Rounds', '/rounds'],
  ['interests', 'Common ground', '/interests'],
  ['graph', 'Connections', '/graph'],
  ['learned', 'Learned', '/learned'],
  ['preview', 'Next round', '/preview'],
  ['import', 'Import', '/import'],
] as const;
export type CommunityTab = (typeof COMMUNITY_TABS)[number][0];

/** How a community is named on every page: its name, else its platform and id. */
export const communityLabel = (c: Community): string => c.name ?? `${c.platform} ${c.externalId}`;

export const communityPath = (c: Pick<Community, 'id'>, suffix = ''): string => `/admin/c/${c.id}${suffix}`;

/** A hidden field with the form's CSRF token (nothing for bearer requests). */
export const csrfField = (csrf: string | undefined): SafeHtml =>
  html`${csrf === undefined ? null : html`<input type="hidden" name="${CSRF_FIELD}" value="${csrf}" />`}`;

function communityNav(community: Community, active: CommunityTab | undefined): SafeHtml {
  const items = COMMUNITY_TABS.map(
    ([tab, label, suffix]) =>
      html`<li>
        <a href="${communityPath(community, suffix)}" ${tab === active ? html` aria-current="page"` : null}
          >${label}</a
        >
      </li>`,
  );
  return html`<nav class="community" aria-label="${communityLabel(community)}">
    <ul>
      ${items}
    </ul>
  </nav>`;
}

/** The page shell: one stylesheet, a skip link, the community's tabs, and the content. */
export function layout(frame: PageFrame, body: SafeHtml): SafeHtml {
  const { community } = frame;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title} · Kindred</title>
        <link rel="stylesheet" href="${ASSET_PATH}" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="${ALL_COMMUNITIES}">Kindred</a>
          ${community ? communityNav(community, frame.active) : null}
          ${frame.csrf === undefined ? null : html`<form method="post" action="/admin/logout">${csrfField(frame.csrf)}<button type="submit">Sign out</button></form>`}
        </header>
        <main id="main">${body}</main>
      </body>
    </html> `;
}
