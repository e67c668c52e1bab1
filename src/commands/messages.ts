/**
 * What a person reads for each expected failure. The keys are the stable codes the
 * use-cases return; `{name}` is filled from the failure's detail.
 */
export const MESSAGES: Record<string, string> = {
  'member.not_joined': 'You have not joined introductions yet. Run `/intro join` first.',
  'member.has_left': 'You have left introductions. Run `/intro join` to come back.',
  'pause.bad_duration':
    'I could not read "{given}" as a duration. Try `/intro pause 2w`, `/intro pause 30d`, or just `/intro pause`.',
  'pause.too_long': 'A pause can last at most {max} days. Use `/intro leave` to stop for good.',
  'interests.too_many': 'That is more than {limit} interests. Pick your favourite {limit}.',
  'interests.too_long': 'Each interest can be at most {limit} characters long.',
  'interests.empty':
    'Tell me at least one interest, separated by commas, e.g. `/intro hobbies hiking, chess`.',
  'profile.bad_timezone':
    '"{given}" is not a timezone I know. Use a name like Europe/London or America/New_York.',
  'profile.industry_too_long': 'Keep your field to {limit} characters.',
  'block.self': 'You cannot block yourself.',
  'block.no_user': 'Tell me whom to block, e.g. `/intro block @someone`.',
  'admin.only': 'Only admins of this community can do that.',
  'schedule.bad_cron':
    '"{given}" is not a cron expression with five fields, e.g. `0 10 * * 1` for Mondays at 10:00.',
  'schedule.bad_timezone': '"{given}" is not a timezone I know. Use a name like Europe/London.',
  'channel.missing': 'Tell me the channel, e.g. `/intro admin channel #intros`.',
  'round.too_few_members':
    'There are not enough members available for a round yet (at least two are needed).',
  'round.already_running': 'A round is already running for this community. Try again in a minute.',
};

/** The message for a code, with its detail filled in; an unknown code is a bug in the caller. */
export function messageFor(code: string, detail: Record<string, string | number> = {}): string {
  const template = MESSAGES[code];
  if (!template) throw new Error(`no message for code ${code}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(detail[name] ?? ''));
}
