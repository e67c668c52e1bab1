import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { communityLearning } from '../learned/community-learning.ts';
import { otherEffects, rarityLine } from '../learned/global-effects.ts';
import { EFFECT_LIST, interestEffects } from '../learned/interest-effects.ts';
import { roundPredictions } from '../learned/round-predictions.ts';
import { listParams } from '../listing/list-params.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { count } from './format.ts';
import { rateDefinitions } from './rate-definitions.ts';

/** Said wherever there is nothing learned yet. */
export const RARITY_ALONE =
  'No member has answered yet, so Kindred is matching by rarity alone until members answer: the rarer an interest two people share, the more it counts.';

/**
 * `GET /admin/c/:id/learned`: what the community's pair model has learned from its answers,
 * fitted on each visit by the learner the rounds use (posterior mean): what rarity and the
 * other features are worth, each interest's effect, and per round the model against answers.
 */
export function learnedPage(db: Queryable, clock: () => Date): CommunityHandler {
  return async (ctx, community) => {
    const params = listParams(ctx.url, EFFECT_LIST);
    const learned = await communityLearning(db, community.id, clock());
    const { model, base } = learned;
    const path = communityPath(community, '/learned');
    const body = !model
      ? html`<p class="panel">${RARITY_ALONE}</p>`
      : html`<p class="lede">
            Fitted just now from ${count(model.signals, 'answer')} about who met whom (recent rounds count
            more). Effects are in percentage points of the chance that a member who met their match calls it
            genuine, at today's ${Math.round(100 * base)}% of such answers; each has a 90% interval, which
            narrows as answers come in.
          </p>
          <h2>How much rarity is worth now</h2>
          ${rarityLine(model, base)}
          <h2>What else counts</h2>
          ${otherEffects(model, base)}
          <h2>Each interest</h2>
          <p class="lede">
            An interest's own effect, beyond its rarity and its kind. Counts are intros that shared it, as on
            <a href="${communityPath(community, '/interests')}">Common ground</a>.
          </p>
          ${interestEffects(path, params, learned.interests, base)}
          <h2>Expected against answered, per round</h2>
          <p class="lede">
            For each answered intro, the model's chance that at least one member who met calls it genuine;
            intros where nobody met count as not genuine, as in the rate. The model was fitted on these same
            answers, so this shows how well it explains them, not a forecast.
          </p>
          ${roundPredictions(community, learned.rounds)} ${rateDefinitions(['genuine'])}`;
    sendHtml(
      ctx.res,
      200,
      layout(
        {
          title: `What Kindred has learned · ${communityLabel(community)}`,
          community,
          active: 'learned',
          csrf: ctx.csrf,
        },
        html`<h1>What Kindred has learned</h1>
          ${body}`,
      ),
    );
  };
}
