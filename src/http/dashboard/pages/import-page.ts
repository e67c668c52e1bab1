import type { Community } from '../../../domain/community.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, csrfField, layout } from '../layout.ts';
import type { ImportSummary } from '../import/import-members.ts';
import { PROFILE_LIMITS } from '../../../members/profile-rules.ts';
import { count } from './format.ts';

export interface ImportForm {
  /** Undefined: import into a new (or existing) offline community named in the form. */
  community: Community | undefined;
  csrf: string | undefined;
  error?: string;
  /** What the organiser typed, shown again after an error. */
  values?: { name?: string; text?: string; consent?: boolean };
}

const EXAMPLE = `id,name,hobbies,volunteer,industry,timezone
u1,Ada,"hiking, chess",food bank,finance,Europe/London
u2,Grace,chess;baking,,engineering,America/New_York`;

/** The import form: a file or pasted text in the `kindred match` format, and explicit consent. */
export function importPage(form: ImportForm): SafeHtml {
  const { community } = form;
  const action = community ? communityPath(community, '/import') : '/admin/import';
  return layout(
    {
      title: community ? `Import · ${communityLabel(community)}` : 'Import a roster',
      community,
      active: 'import',
      csrf: form.csrf,
    },
    html`<h1>Import members</h1>
      <p class="lede">
        ${
          community
            ? html`Into <strong>${communityLabel(community)}</strong> (${community.platform}): ids must be
                this platform’s user ids.`
            : 'Into an offline community: a roster Kindred matches without a chat platform. Give it a name; importing again under the same name adds to it.'
        }
      </p>
      ${form.error ? html`<div class="error" role="alert"><strong>Nothing was imported.</strong> ${form.error}</div>` : null}
      <form class="stack panel" method="post" action="${action}" enctype="multipart/form-data">
        ${csrfField(form.csrf)}
        ${community ? null : html`<div><label for="name">Community name</label><input id="name" name="name" type="text" required maxlength="80" value="${form.values?.name ?? ''}" /></div>`}
        <div>
          <label for="file"
            >Members file
            <span class="hint"
              >CSV with a header row or a JSON array, as for <code>kindred match --members</code>. Only
              <code>id</code> is required. Separate list entries with <code>;</code> or <code>,</code> (quote
              a cell that holds a comma); at most ${PROFILE_LIMITS.interestsPerList} interests per list, as
              with <code>/intro</code>. UTF-8, or Excel’s “Unicode text”.</span
            ></label
          >
          <input id="file" name="file" type="file" accept=".csv,.json,text/csv,application/json" />
        </div>
        <div>
          <label for="text">…or paste it here</label
          ><textarea id="text" name="text" spellcheck="false" placeholder="${EXAMPLE}">
${form.values?.text ?? ''}</textarea>
        </div>
        <div class="consent">
          <label
            ><input
              type="checkbox"
              name="consent"
              value="yes"
              required${form.values?.consent ? html` checked` : null}
            />
            <span
              >These people agreed to be introduced by Kindred. I am opting them in as the organiser: each is
              recorded as opted in today, on my word. They can pause, leave or ask to be forgotten at any
              time; anyone who has left or asked to be forgotten is skipped.</span
            ></label
          >
        </div>
        <div><button type="submit">Import members</button></div>
      </form>
      <p>
        Every row is checked before anything is written; the first problem is reported with its line, and then
        nothing is imported. Empty cells leave what Kindred already knows about a member unchanged.
      </p>`,
  );
}

/** What an import did, with where to go next. */
export function importResultPage(
  community: Community,
  summary: ImportSummary,
  csrf: string | undefined,
): SafeHtml {
  return layout(
    { title: `Imported · ${communityLabel(community)}`, community, active: 'import', csrf },
    html`<h1>Import finished</h1>
      <p class="ok" role="status">
        ${count(summary.created, 'member')} added and ${summary.updated} updated in
        <strong>${communityLabel(community)}</strong>.
      </p>
      ${
        summary.skipped.length === 0
          ? null
          : html`<h2>Skipped</h2>
              <ul>
                ${summary.skipped.map(
                  (s) =>
                    html`<li>
                      <code>${s.userId}</code>:
                      ${s.reason === 'left' ? 'left the community; only they can join again' : 'asked to be forgotten'}
                    </li>`,
                )}
              </ul>`
      }
      <p>
        <a href="${communityPath(community, '/members')}">See the members</a> ·
        <a href="${communityPath(community, '/preview')}">Preview the next round</a>
      </p>`,
  );
}
