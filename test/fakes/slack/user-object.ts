import type { FakeUser, FakeWorkspace } from './workspace.ts';

/**
 * The user object of `users.info`/`users.list`. A deactivated member's object carries no
 * `real_name`, `tz`, `tz_label`, `tz_offset`, `is_admin`, `is_owner`, `is_restricted`…
 * (absent, not false): code reading a member's timezone must cope with it missing.
 */
export function toUserObject(user: FakeUser, workspace: FakeWorkspace): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    real_name: user.real_name,
    real_name_normalized: user.real_name,
    display_name: user.display_name,
    display_name_normalized: user.display_name,
    team: workspace.team.id,
    ...(user.email ? { email: user.email } : {}),
    ...(user.id === workspace.bot.userId
      ? { bot_id: workspace.bot.botId, api_app_id: workspace.bot.appId }
      : {}),
  };
  const always = {
    id: user.id,
    team_id: workspace.team.id,
    name: user.name,
    deleted: user.deleted,
    is_bot: user.is_bot,
    is_app_user: user.is_app_user,
    updated: user.updated,
    profile,
  };
  if (user.deleted) return always;
  return {
    ...always,
    color: '9f69e7',
    real_name: user.real_name,
    tz: user.tz,
    tz_label: tzLabel(user.tz, workspace.now()),
    tz_offset: tzOffsetSeconds(user.tz, workspace.now()),
    is_admin: user.is_admin,
    is_owner: user.is_owner,
    is_primary_owner: user.is_primary_owner,
    is_restricted: user.is_restricted,
    is_ultra_restricted: user.is_ultra_restricted,
    has_2fa: false,
  };
}

/** "Pacific Daylight Time": the zone's long name at that instant, as Slack labels it. */
function tzLabel(tz: string, at: number): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? tz;
}

/** Seconds east of UTC at that instant (`-25200` for PDT), so it follows daylight saving. */
function tzOffsetSeconds(tz: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).formatToParts(
    at,
  );
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  if (!match) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
  return match[1] === '-' ? -seconds : seconds;
}
