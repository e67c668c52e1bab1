/**
 * What Kindred tells a member privately when a round does not bring them an intro. Stored
 * in the outbox, so it never names anyone: only the member's own situation and what
 * happens next. Keys are stable codes, reused as message keys by anyone who translates.
 */
export const NOTICE_TEXT = {
  'round.too_few_members':
    'No introduction this round: you were the only member taking part. You will be first in line next round.',
  'match.alone':
    'No introduction this round: nobody else was taking part. You will be first in line next round.',
  'match.blocked_everyone':
    'No introduction this round: your blocks rule out everyone else taking part this time. You will be first in line next round.',
  'match.no_eligible_partner':
    'No introduction this round: there was nobody new for you to meet among the people taking part this time (we do not introduce you to someone you met recently). You will be first in line next round.',
  'match.no_group_fits':
    'No introduction this round: the numbers did not work out this time. You will be first in line next round.',
  'intro.partner_unreachable':
    "This round's introduction could not be delivered to the person we matched you with, so it is off. You will be first in line next round.",
  'intro.partner_left':
    "This round's introduction is off: the person we matched you with is no longer taking part. You will be first in line next round.",
  'member.ghost_paused':
    'Your introductions are paused because the last three went unanswered. Whenever you want them again, type `/intro resume`.',
} as const;

export type NoticeCode = keyof typeof NOTICE_TEXT;
