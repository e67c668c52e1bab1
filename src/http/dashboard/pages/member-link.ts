import type { Community } from '../../../domain/community.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { communityPath } from '../layout.ts';
import { who } from './format.ts';

/** Where a member is shown: the members page narrowed to them. */
export const memberHref = (community: Pick<Community, 'id'>, userId: string): string =>
  `${communityPath(community, '/members')}?member=${encodeURIComponent(userId)}`;

/** A member as every page names them ("Ada (U123)"), linking to them. */
export function memberLink(
  community: Pick<Community, 'id'>,
  m: { userId: string; name: string | null },
): SafeHtml {
  return html`<a href="${memberHref(community, m.userId)}">${who(m)}</a>`;
}
