import { G, type GlobalFeature, type PairModel } from '../../../rounds/learn/pair-model.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { chancePoints, pointsInWords } from './chance-points.ts';

/** What one step of each global feature means, as the start of a sentence. */
const OTHER_EFFECTS: readonly [GlobalFeature, string][] = [
  ['shared', 'Each shared interest, whatever it is,'],
  ['hobby', 'When it is a hobby, sharing it'],
  ['volunteer', 'When it is a cause both volunteer for, sharing it'],
  ['differentField', 'Two people from different fields'],
  ['timeApart', 'Living twelve hours apart'],
  ['trio', 'Meeting as a trio rather than a pair'],
];

const sdOf = (model: PairModel, feature: GlobalFeature): number => {
  const j = G[feature];
  return Math.sqrt(Math.max(0, model.globalCovariance[j * model.global.length + j]!));
};

/** The rarity coefficient in words: what one step rarer is worth now. */
export function rarityLine(model: PairModel, base: number): SafeHtml {
  const words = pointsInWords(chancePoints(model.global[G.rarity]!, sdOf(model, 'rarity'), base));
  return html`<p class="rarity">
    One step rarer ${words} to the chance an intro feels genuine.
    <span class="hint"
      >A step is an interest held by about 2.7 times fewer members (rarity is ln((members + 1) /
      holders)).</span
    >
  </p>`;
}

/** The other global coefficients, one sentence each. */
export function otherEffects(model: PairModel, base: number): SafeHtml {
  return html`<ul class="effects">
    ${OTHER_EFFECTS.map(([feature, start]) => {
      const words = pointsInWords(chancePoints(model.global[G[feature]]!, sdOf(model, feature), base));
      return html`<li>${start} ${words}.</li>`;
    })}
  </ul>`;
}
