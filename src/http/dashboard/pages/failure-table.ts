import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import type { DeliveryFailure } from '../queries/delivery-failures.ts';
import { deliveryReason } from './delivery-words.ts';
import { count, day } from './format.ts';

/**
 * Intros that did not go out, in two lists: those a platform refused (failures to fix)
 * and those called off on purpose because someone paused, left or blocked (nothing to fix).
 */
export function failureTable(failures: readonly DeliveryFailure[], showLast: boolean): SafeHtml {
  const part = (status: DeliveryFailure['status'], title: string, none: string) => {
    const rows = failures.filter((f) => f.status === status);
    return html`<h3>${title}</h3>
      ${
        rows.length === 0
          ? html`<p>${none}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">Why</th>
                  <th scope="col" class="num">Intros</th>
                  ${showLast ? html`<th scope="col">Last</th>` : null}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (f) =>
                    html`<tr>
                      <th scope="row">${deliveryReason(f.reason)}</th>
                      <td class="num">${count(f.intros, 'intro')}</td>
                      ${showLast ? html`<td>${day(f.lastAt)}</td>` : null}
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`;
  };
  return html`${part('failed', 'Not delivered', 'Every intro was delivered or is on its way.')}
    ${part('cancelled', 'Called off before sending', 'No intro was called off.')}
    <p class="hint">
      Called off is not a failure: Kindred checks everyone just before sending and holds an intro back when
      someone has paused, left or blocked since the round was planned.
    </p>`;
}
