/** The help every unknown word answers with. */
export function helpText(options: { unknown?: string; admin: boolean }): string {
  const lines = [
    options.unknown
      ? `I don't know "${options.unknown}". Here is what I can do:`
      : 'Kindred introduces you to people here who share your hobbies and causes.',
    '`/intro join` opt in and tell me what you enjoy',
    '`/intro hobbies hiking, chess` set your hobbies',
    '`/intro volunteer food bank, mentoring` set the causes you give time to',
    '`/intro profile` see what I know about you',
    '`/intro pause 2w` take a break (or `/intro pause` until you resume); `/intro resume` come back',
    '`/intro block @someone` never be introduced to them',
    '`/intro leave` stop intros; `/intro export` get your data; `/intro forget` delete everything about you',
  ];
  if (options.admin) {
    lines.push(
      'Admins: `/intro admin round` run a round now, `/intro admin schedule 0 10 * * 1 Europe/London`,',
      '`/intro admin channel #intros` where intros go, `/intro admin stats` how it is going',
    );
  }
  return lines.join('\n');
}
