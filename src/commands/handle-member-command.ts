import type { MemberRef } from '../domain/member.ts';
import { blockMember } from '../members/block-member.ts';
import { leaveCommunity, pauseMember, resumeMember } from '../members/change-status.ts';
import { exportMemberData } from '../members/export-member-data.ts';
import { forgetMember } from '../members/forget-member.ts';
import { joinCommunity } from '../members/join-community.ts';
import { requireMember } from '../members/require-member.ts';
import { updateProfile } from '../members/update-profile.ts';
import { getProfile } from '../store/member-repository.ts';
import type { CommandDeps } from './command-deps.ts';
import type { CommandContext, CommandReply, IntroCommand } from './intro-command.ts';
import { messageFor } from './messages.ts';
import { renderProfile } from './render-profile.ts';

type MemberCommand = Exclude<IntroCommand, { word: `admin_${string}` } | { word: 'help' }>;

const failure = (result: { code: string; detail?: Record<string, string | number> }): CommandReply => ({
  text: messageFor(result.code, result.detail),
});

/** The words every member may use. */
export async function handleMemberCommand(
  deps: CommandDeps,
  ctx: CommandContext,
  command: MemberCommand,
): Promise<CommandReply> {
  const ref: MemberRef = { platform: ctx.platform, externalId: ctx.communityExternalId, userId: ctx.userId };
  switch (command.word) {
    case 'join': {
      const joined = await joinCommunity(deps, ref, {
        displayName: ctx.displayName,
        communityName: ctx.communityName,
      });
      if (!joined.ok) return failure(joined);
      const hasProfile =
        (joined.value.profile?.hobbies.length ?? 0) + (joined.value.profile?.volunteer.length ?? 0) > 0;
      return {
        text:
          joined.value.created || joined.value.rejoined
            ? "You're in! I'll introduce you to people who share your hobbies and causes. Tell me what you enjoy so I can find good matches (or use `/intro hobbies` and `/intro volunteer`)."
            : hasProfile
              ? 'You are already in. `/intro profile` shows what I know about you.'
              : 'You are already in. Tell me your hobbies and causes so I can find good matches.',
        openProfileForm: true,
      };
    }
    case 'hobbies':
    case 'volunteer': {
      const updated = await updateProfile(deps, ref, { [command.word]: command.interests });
      if (!updated.ok) return failure(updated);
      const saved = command.word === 'hobbies' ? updated.value.hobbies : updated.value.volunteer;
      return {
        text: `Saved your ${command.word === 'hobbies' ? 'hobbies' : 'causes'}: ${saved.join(', ')}.`,
      };
    }
    case 'profile': {
      const found = await requireMember(deps.db, ref);
      if (!found.ok) return failure(found);
      return { text: renderProfile(found.value.member, await getProfile(deps.db, found.value.member.id)) };
    }
    case 'pause': {
      const paused = await pauseMember(deps, ref, command.duration);
      if (!paused.ok) return failure(paused);
      const until = paused.value.pausedUntil;
      return {
        text: until
          ? `Paused until ${until.toISOString().slice(0, 10)}. I'll include you again after that.`
          : 'Paused until you run `/intro resume`.',
      };
    }
    case 'resume': {
      const resumed = await resumeMember(deps, ref);
      return resumed.ok ? { text: 'Welcome back! You will be in the next round.' } : failure(resumed);
    }
    case 'leave': {
      const left = await leaveCommunity(deps, ref);
      return left.ok
        ? {
            text: 'You have left introductions. Your profile is kept in case you come back; `/intro forget` deletes it.',
          }
        : failure(left);
    }
    case 'forget': {
      const forgotten = await forgetMember(deps, ref);
      return {
        text:
          forgotten.ok && forgotten.value.forgotten
            ? 'Done: everything I held about you is deleted. Only a one-way hash remains to prove it happened.'
            : 'I hold nothing about you.',
      };
    }
    case 'export': {
      const exported = await exportMemberData(deps, ref);
      if (!exported.ok) return failure(exported);
      return {
        text: 'Here is everything I hold about you.',
        attachment: { filename: 'kindred-export.json', content: JSON.stringify(exported.value, null, 2) },
      };
    }
    case 'block': {
      const blocked = await blockMember(deps, ref, command.userId);
      if (!blocked.ok) return failure(blocked);
      return { text: "Done. I will never introduce you two, and they won't be told." };
    }
  }
}
