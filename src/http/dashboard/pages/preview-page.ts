import type { Community } from '../../../domain/community.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, csrfField, layout } from '../layout.ts';
import type { RoundPreview } from '../../../rounds/preview-round.ts';
import { SAT_OUT_REASONS } from '../queries/round-sat-out.ts';
import { who } from './format.ts';

const PROBLEMS: Readonly<Record<string, string>> = {
  'round.too_few_members': 'Fewer than two members would take part, so the next round would make no intro.',
};

function previewResult(preview: RoundPreview, tookMs: number): SafeHtml {
  const person = (p: RoundPreview['groups'][number]['members'][number]) => who(p);
  return html`<section aria-labelledby="result" class="panel">
    <h2 id="result">If the round ran now</h2>
    ${preview.problem ? html`<p class="error" role="status">${PROBLEMS[preview.problem] ?? preview.problem}</p>` : null}
    <p role="status">
      ${preview.eligible} member(s) taking part: ${preview.groups.length} group(s)
      (${preview.groups.filter((g) => g.members.length === 3).length} trio(s)), ${preview.satOut.length}
      sitting out. Computed in ${Math.round(tookMs)} ms; nothing was saved or sent.
    </p>
    ${
      preview.groups.length === 0
        ? null
        : html`<table>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Common ground</th>
                <th scope="col">Why</th>
                <th scope="col">Icebreaker</th>
              </tr>
            </thead>
            <tbody>
              ${preview.groups.map(
                (g) =>
                  html`<tr class="group">
                    <th scope="row">${g.members.map(person).join(' · ')}</th>
                    <td>${[...g.shared.hobbies, ...g.shared.volunteer].join(', ') || 'none: someone new'}</td>
                    <td>${g.why}</td>
                    <td>${g.icebreaker}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    ${
      preview.satOut.length === 0
        ? null
        : html`<h3>Would sit out</h3>
            <ul>
              ${preview.satOut.map(
                (s) => html`<li>${person(s.person)}: ${SAT_OUT_REASONS[s.code] ?? s.reason}</li>`,
              )}
            </ul>`
    }
  </section>`;
}

/** The preview form and, after it is submitted, the groups the next round would make. */
export function previewPage(
  community: Community,
  csrf: string | undefined,
  result?: { preview: RoundPreview; tookMs: number },
): SafeHtml {
  return layout(
    { title: `Next round · ${communityLabel(community)}`, community, active: 'preview', csrf },
    html`<h1>Preview the next round</h1>
      <p class="lede">
        See the groups the next round would make and why, with today’s members, blocks, past intros and what
        feedback has taught Kindred. Nothing is saved and nobody is messaged. The real round samples what
        feedback has taught afresh, so close calls may fall differently.
      </p>
      <form method="post" action="${communityPath(community, '/preview')}">
        ${csrfField(csrf)}<button type="submit">Preview the next round</button>
      </form>
      ${result ? previewResult(result.preview, result.tookMs) : null}`,
  );
}
