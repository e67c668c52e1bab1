import { isValidTimeZone } from '../domain/time-zone.ts';
import { ensureCommunity, updateCommunity } from '../store/community-repository.ts';
import { communityStats } from '../rounds/community-stats.ts';
import { runRoundNow } from '../rounds/run-round-now.ts';
import { parseCron } from '../rounds/schedule/cron-schedule.ts';
import type { CommandDeps } from './command-deps.ts';
import type { CommandContext, CommandReply, IntroCommand } from './intro-command.ts';
import { messageFor } from './messages.ts';
import { renderStats } from './render-stats.ts';

type AdminCommand = Extract<IntroCommand, { word: `admin_${string}` }>;

/** The admin words; the caller has checked the person is an admin. */
export async function handleAdminCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  command: AdminCommand,
): Promise<CommandReply> {
  const community = await ensureCommunity(
    deps.db,
    { platform: ctx.platform, externalId: ctx.communityExternalId },
    ctx.communityName,
  );
  switch (command.word) {
    case 'admin_round': {
      const result = await runRoundNow(deps, community.id);
      if (!result.ok) return { text: messageFor(result.code, result.detail) };
      const { intros, trios, satOut } = result.value;
      return {
        text: `Round started: ${intros} introduction${intros === 1 ? '' : 's'}${trios > 0 ? ` (${trios} of three)` : ''} on their way.${satOut > 0 ? ` ${satOut} member${satOut === 1 ? '' : 's'} sat out and will go first next time.` : ''}`,
      };
    }
    case 'admin_schedule': {
      const cron = command.cron.trim();
      // The scheduler's own parser: a schedule it cannot read would never fire.
      if (!parseCron(cron).ok) return { text: messageFor('schedule.bad_cron', { given: cron }) };
      const timezone = command.timezone ?? community.timezone;
      if (!isValidTimeZone(timezone))
        return { text: messageFor('schedule.bad_timezone', { given: timezone }) };
      await updateCommunity(deps.db, community.id, { scheduleCron: cron, timezone });
      return { text: `Rounds now run on \`${cron}\` (${timezone}).` };
    }
    case 'admin_channel': {
      await updateCommunity(deps.db, community.id, { introsChannel: command.channelId });
      return {
        text:
          ctx.platform === 'discord'
            ? `Intros will now open as private threads in <#${command.channelId}>.`
            : `Noted <#${command.channelId}> as the intros channel; on Slack intros go to group DMs.`,
      };
    }
    case 'admin_stats':
      return { text: renderStats(await communityStats(deps.db, community.id, deps.clock())) };
  }
}
