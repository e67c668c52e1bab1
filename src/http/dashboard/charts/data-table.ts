import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';

/**
 * The numbers behind a chart as a table, folded under a summary: screen readers and
 * anyone who wants the exact figures get them. With no rows it says so (`empty`) instead
 * of showing a header over nothing.
 */
export function dataTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  empty = `No ${caption} yet.`,
): SafeHtml {
  if (rows.length === 0) return html`<p class="hint">${empty}</p>`;
  return html`<details>
    <summary>Data table: ${caption}</summary>
    <table>
      <caption class="lede">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h, i) => html`<th scope="col" ${i > 0 ? html` class="num"` : null}>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) =>
                i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class="num">${cell}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
