import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

const REASONS = {
  missing: 'Sign in with the admin token to see the dashboard.',
  wrong_token: 'That token is not right. Use the value of ADMIN_TOKEN from the server’s environment.',
  session_expired: 'Your session has ended. Sign in again.',
} as const;

export type LoginReason = keyof typeof REASONS;

/** The sign-in form; shown (with 401) wherever a request arrives without valid credentials. */
export function loginPage(reason: LoginReason, next: string): SafeHtml {
  const problem = reason === 'missing' ? null : html`<p class="error" role="alert">${REASONS[reason]}</p>`;
  return layout(
    { title: 'Sign in' },
    html`<h1>Sign in</h1>
      <p class="lede">
        ${reason === 'missing' ? REASONS.missing : 'The organiser dashboard needs the admin token.'}
      </p>
      ${problem}
      <form class="stack panel" method="post" action="/admin/login">
        <input type="hidden" name="next" value="${next}" />
        <input type="hidden" name="username" value="admin" autocomplete="username" />
        <div>
          <label for="token"
            >Admin token <span class="hint">The ADMIN_TOKEN the server was started with.</span></label
          >
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="current-password"
            required
            minlength="16"
          />
        </div>
        <div><button type="submit">Sign in</button></div>
      </form>
      <p>Scripts can send <code>Authorization: Bearer $ADMIN_TOKEN</code> instead.</p>`,
  );
}
