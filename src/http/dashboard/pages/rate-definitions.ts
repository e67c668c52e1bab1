import type { RateKey } from '../../../domain/outcome-rates.ts';
import { OUTCOME_RATES } from '../../../domain/outcome-rates.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';

/** The definitions of the rates a page shows, as a footnote under them. */
export function rateDefinitions(keys: readonly RateKey[]): SafeHtml {
  return html`<dl class="definitions">
    ${keys.map(
      (key) =>
        html`<dt>${OUTCOME_RATES[key].name}</dt>
          <dd>${OUTCOME_RATES[key].definition}</dd>`,
    )}
  </dl>`;
}
