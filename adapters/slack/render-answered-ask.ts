import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { FeedbackAnswer } from '../../src/platform.ts';
import { FEEDBACK_REACTIONS } from './feedback-reactions.ts';
import type { SlackMessage } from './render-intro-blocks.ts';
import { ASK_ANSWER_BLOCK } from './render-direct-blocks.ts';

// The ask as Slack sends it back in the block_actions payload: our own blocks, read loosely.
const askMessage = z.object({
  text: z.string().default(''),
  blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })),
});

/**
 * The ask after a button press: the same question and buttons (so the answer can still be
 * changed), with one line saying what was noted, replacing any earlier one. Built from the
 * message the payload carries, so the update costs nothing but the interaction's reply.
 * Undefined when the payload has no readable message.
 */
export function renderAnsweredAsk(original: unknown, answer: FeedbackAnswer): SlackMessage | undefined {
  const parsed = askMessage.safeParse(original);
  if (!parsed.success) return undefined;
  const choice = FEEDBACK_REACTIONS.find((r) => r.answer === answer);
  const noted = choice ? `:${choice.name}: ${choice.label}` : answer;
  const answerBlock: types.ContextBlock = {
    type: 'context',
    block_id: ASK_ANSWER_BLOCK,
    elements: [
      {
        type: 'mrkdwn',
        text: `Noted, privately: ${noted}. Press another button to change it.`,
      },
    ],
  };
  const kept = parsed.data.blocks.filter((b) => b.block_id !== ASK_ANSWER_BLOCK) as types.KnownBlock[];
  return { text: parsed.data.text, blocks: [...kept, answerBlock] };
}
