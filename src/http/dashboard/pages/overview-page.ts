import { OUTCOME_RATES, outcomeRate } from '../../../domain/outcome-rates.ts';
import type { RateKey } from '../../../domain/outcome-rates.ts';
import { describeProgress } from '../../../rounds/delivery/delivery-progress.ts';
import { describeCron } from '../../../rounds/schedule/describe-cron.ts';
import { communityStats } from '../../../rounds/community-stats.ts';
import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { outcomesByRound, sumOutcomes } from '../queries/outcomes-by-round.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { day, rate } from './format.ts';
import { outcomeCharts } from './outcome-charts.ts';
import { rateDefinitions } from './rate-definitions.ts';

const EXPORTS = [
  ['members', 'Members', 'current members in the kindred match format (re-importable)'],
  ['rounds', 'Rounds', 'one row per intro, with its round, members, shared ground and delivery'],
  ['outcomes', 'Outcomes', 'one row per answer: first answers and check-ins'],
] as const;

/** `GET /admin/c/:id`: the community at a glance and its outcomes over time. */
export function overviewPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const [stats, rounds] = await Promise.all([
      communityStats(db, community.id, new Date()),
      outcomesByRound(db, community.id),
    ]);
    const total = sumOutcomes(rounds);
    const shownRate = (key: RateKey): [string, string, string] => {
      const { k, n } = outcomeRate(key, total);
      return [rate(k, n), OUTCOME_RATES[key].name, `${k} of ${n} ${OUTCOME_RATES[key].of}`];
    };
    const figures: [string | number, string, string?][] = [
      [stats.members.active, 'opted in'],
      [stats.members.paused, 'paused'],
      [stats.members.left, 'left'],
      [stats.rounds.total, 'rounds'],
      [stats.intros.sent, 'intros delivered'],
      [stats.intros.failed, 'not delivered'],
      shownRate('answered'),
      shownRate('genuine'),
    ];
    const exportsList = EXPORTS.map(
      ([file, label, what]) =>
        html`<li>
          ${label}: <a href="${communityPath(community, `/export/${file}.csv`)}" download>CSV</a> ·
          <a href="${communityPath(community, `/export/${file}.json`)}" download>JSON</a> — ${what}
        </li>`,
    );
    sendHtml(
      ctx.res,
      200,
      layout(
        { title: communityLabel(community), community, active: 'overview', csrf: ctx.csrf },
        html`<h1>${communityLabel(community)}</h1>
          <p class="lede">
            ${community.platform} · ${community.status} · rounds:
            ${describeCron(community.scheduleCron, community.timezone)} · last round
            ${day(stats.rounds.lastAt)}
          </p>
          ${
            stats.delivery && stats.delivery.remaining > 0
              ? html`<p class="lede">
                  Delivering round ${stats.delivery.period}: ${describeProgress(stats.delivery)}.
                </p>`
              : null
          }
          <ul class="figures">
            ${figures.map(([value, label, counts]) => html`<li${counts ? html` title="${counts}"` : null}><span class="value">${value}</span><span class="label">${label}</span>${counts ? html`<span class="hint">${counts}</span>` : null}</li>`)}
          </ul>
          ${rateDefinitions(['answered', 'genuine'])}
          <h2>Outcomes over time</h2>
          <p class="lede">
            One point per round, each rate as defined under its title and above. Hover a point for its counts;
            small numbers swing a lot.
          </p>
          ${outcomeCharts(rounds)}
          <h2>Export</h2>
          <ul>
            ${exportsList}
            <li>
              History: <a href="${communityPath(community, '/export/history.json')}" download>JSON</a> — past
              intros and first answers in the <code>kindred match --history</code> format
            </li>
          </ul>`,
      ),
    );
  };
}
