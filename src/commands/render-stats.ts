import { OUTCOME_RATES } from '../domain/outcome-rates.ts';
import type { CommunityStats } from '../rounds/community-stats.ts';
import { describeProgress } from '../rounds/delivery/delivery-progress.ts';

const percent = (rate: number | null) => (rate === null ? 'no answers yet' : `${Math.round(rate * 100)}%`);

const REASONS: Record<string, string> = {
  user_gone: 'member no longer here',
  dms_closed: 'DMs closed',
  channel_missing: 'intros channel missing',
  missing_permissions: 'bot lacks permissions',
  token_revoked: 'bot token revoked',
  community_gone: 'app removed',
};

/** `/intro admin stats` as a few short lines. */
export function renderStats(stats: CommunityStats): string {
  const { members, rounds, intros, feedback, checkins, delivery } = stats;
  const reasons = Object.entries(intros.failureReasons)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, count]) => `${REASONS[reason] ?? reason.replace(/_/g, ' ')}: ${count}`);
  return [
    `Members: ${members.active} active, ${members.paused} paused${members.pausedForSilence > 0 ? ` (${members.pausedForSilence} after unanswered intros)` : ''}, ${members.left} left.`,
    `Rounds: ${rounds.total}${rounds.lastPeriod ? ` (last: ${rounds.lastPeriod})` : ''}.`,
    ...(delivery && delivery.remaining > 0
      ? [`Delivering round ${delivery.period}: ${describeProgress(delivery)}.`]
      : []),
    `Intros: ${intros.sent} sent, ${intros.pending} pending, ${intros.failed} failed, ${intros.cancelled} cancelled.`,
    ...(reasons.length > 0 ? [`Why some did not go out: ${reasons.join(', ')}.`] : []),
    `Feedback: ${feedback.answered} answers on ${feedback.introsAnswered} intros: ${feedback.answers.genuine} genuine, ${feedback.answers.transactional} transactional, ${feedback.answers.no_show} didn't meet.`,
    `${OUTCOME_RATES.genuine.name}: ${percent(feedback.genuineRate)} (${OUTCOME_RATES.genuine.definition.charAt(0).toLowerCase()}${OUTCOME_RATES.genuine.definition.slice(1, -1)}).`,
    `Still in touch a month later: ${checkins.inTouch} of ${checkins.answered} who answered.`,
  ].join('\n');
}
