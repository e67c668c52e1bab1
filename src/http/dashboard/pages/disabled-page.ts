import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

/** What /admin says while ADMIN_TOKEN is unset: the dashboard is off, and how to turn it on. */
export function disabledPage(): SafeHtml {
  return layout(
    { title: 'Dashboard is off' },
    html`<h1>The dashboard is off</h1>
      <div class="panel">
        <p>
          To turn it on, set <code>ADMIN_TOKEN</code> (16+ characters) in <code>.env</code> and restart
          Kindred.
        </p>
        <p>
          For example, generate one with <code>openssl rand -hex 24</code>, add the line
          <code>ADMIN_TOKEN=…</code> to <code>.env</code>, run <code>npm start</code> again and sign in at
          <a href="/admin">/admin</a> with it.
        </p>
      </div>`,
  );
}
