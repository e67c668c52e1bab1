import { MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from '../../../src/log.ts';
import { INTRO_COMMAND } from '../command-definitions.ts';
import { isFeedbackButtonId } from '../feedback-button-id.ts';
import { PROFILE_MODAL_ID } from '../profile-modal.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { onFeedbackButton } from './on-feedback-button.ts';
import { onIntroCommand } from './on-intro-command.ts';
import { onProfileSubmit } from './on-profile-submit.ts';

const SORRY = 'Something went wrong on my side. Please try again in a minute.';

function route(deps: HandlerDeps, interaction: Interaction): Promise<string> | undefined {
  if (interaction.isChatInputCommand() && interaction.commandName === INTRO_COMMAND)
    return onIntroCommand(deps, interaction);
  if (interaction.isModalSubmit() && interaction.customId === PROFILE_MODAL_ID)
    return onProfileSubmit(deps, interaction);
  if (interaction.isButton() && isFeedbackButtonId(interaction.customId))
    return onFeedbackButton(deps, interaction);
  return undefined;
}

/**
 * Every interaction Kindred answers: `/intro`, the profile form's submit, feedback
 * buttons. Others (an old command, someone else's component) are left alone. A handler
 * that throws is logged and the person still gets an answer, as Discord otherwise shows
 * "The application did not respond".
 */
export async function onInteraction(deps: HandlerDeps, interaction: Interaction): Promise<void> {
  const log: Logger = deps.log.child({ community: interaction.guildId ?? 'dm' });
  const started = Date.now();
  try {
    const outcome = await route({ ...deps, log }, interaction);
    if (outcome === undefined) return;
    deps.metrics.commands.inc({ platform: 'discord', word: outcome, outcome: 'ok' });
    log.debug(
      { interaction: interaction.id, outcome, ms: Date.now() - started },
      'discord: interaction handled',
    );
  } catch (error) {
    deps.metrics.commands.inc({ platform: 'discord', word: 'unknown', outcome: 'error' });
    log.error({ err: error, interaction: interaction.id }, 'discord: interaction failed');
    if (!interaction.isRepliable()) return;
    const answer = interaction.deferred
      ? interaction.editReply({ content: SORRY })
      : interaction.replied
        ? interaction.followUp({ content: SORRY, flags: MessageFlags.Ephemeral })
        : interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral });
    await answer.catch((err: unknown) =>
      log.warn({ err }, 'discord: could not tell the member about the failure'),
    );
  }
}
