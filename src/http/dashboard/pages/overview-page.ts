import { communityStats } from '../../../rounds/community-stats.ts';
import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { outcomesByRound } from '../queries/outcomes-by-round.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { day, rate } from './format.ts';
import { outcomeCharts } from './outcome-charts.ts';

const EXPORTS = [
  ['members', 'Members', 'current members in the kindred match format (re-importable)'],
  ['rounds', 'Rounds', 'one row per intro, with its round, members, shared ground and delivery'],
  ['outcomes', 'Outcomes', 'one row per answer: first answers and check-ins'],
] as const;

/** `GET /admin/c/:id`: the community at a glance and its outcomes over time. */
export function overviewPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const [stats, rounds] = await Promise.all([
      communityStats(db, community.id),
      outcomesByRound(db, community.id),
    ]);
    const figures: [string | number, string][] = [
      [stats.members.active, 'opted in'],
      [stats.members.paused, 'paused'],
      [stats.members.left, 'left'],
      [stats.rounds.total, 'rounds'],
      [stats.intros.sent, 'intros delivered'],
      [stats.intros.failed, 'not delivered'],
      [rate(stats.feedback.introsAnswered, stats.intros.sent), 'answered'],
      [rate(stats.feedback.answers.genuine, stats.feedback.answered), 'answers genuine'],
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
            ${community.platform} · ${community.status} · rounds on
            <code>${community.scheduleCron}</code> (${community.timezone}) · last round
            ${day(stats.rounds.lastAt)}
          </p>
          <ul class="figures">
            ${figures.map(([value, label]) => html`<li><span class="value">${value}</span><span class="label">${label}</span></li>`)}
          </ul>
          <h2>Outcomes over time</h2>
          <p class="lede">One point per round. Hover a point for its counts; small numbers swing a lot.</p>
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
