import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { ALL_COMMUNITIES, layout } from '../layout.ts';

/** A short page for errors: not found, forbidden, too large. */
export function messagePage(title: string, message: string): SafeHtml {
  return layout(
    { title },
    html`<h1>${title}</h1>
      <p class="panel">${message}</p>
      <p><a href="${ALL_COMMUNITIES}">Back to all communities</a></p>`,
  );
}
