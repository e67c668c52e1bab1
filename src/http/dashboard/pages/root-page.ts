import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

/**
 * What `/` answers: a redirect to the dashboard, whose body says the same for anything
 * that does not follow redirects (the health and metrics endpoints are listed for operators).
 */
export function rootPage(): SafeHtml {
  return layout(
    { title: 'Kindred' },
    html`<h1>Kindred</h1>
      <p class="panel">
        This is Kindred’s server. Organisers: the dashboard is at <a href="/admin">/admin</a>. Operators:
        <code>/healthz</code>, <code>/readyz</code> and <code>/metrics</code>.
      </p>`,
  );
}
