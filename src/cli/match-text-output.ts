import { nameMentionTokens } from '../domain/mention-token.ts';
import type { MatchResult } from '../matching/types.ts';

/** The result of `kindred match --format text`: one block per group, then who sits out. */
export function formatMatchText(result: MatchResult, names: ReadonlyMap<string, string>): string {
  const who = (id: string): string => {
    const name = names.get(id);
    return name ? `${name} (${id})` : id;
  };
  const members = result.groups.reduce((n, g) => n + g.members.length, 0) + result.unmatched.length;
  const trios = result.groups.filter((g) => g.members.length === 3).length;
  const lines = [
    `${result.groups.length} group${result.groups.length === 1 ? '' : 's'} for ${members} member${members === 1 ? '' : 's'}` +
      `${trios > 0 ? ` (${trios} trio${trios === 1 ? '' : 's'})` : ''}, ${result.unmatched.length} unmatched`,
  ];
  result.groups.forEach((group, i) => {
    const shared = [
      group.shared.hobbies.length > 0 ? `hobbies: ${group.shared.hobbies.join(', ')}` : '',
      group.shared.volunteer.length > 0 ? `causes: ${group.shared.volunteer.join(', ')}` : '',
    ].filter((s) => s !== '');
    const some = (group.sharedBy ?? []).map((s) => `${s.interest} (${s.members.map(who).join(', ')})`);
    lines.push(
      '',
      `${i + 1}. ${group.members.map(who).join(' + ')}  (score ${group.score})`,
      `   ${nameMentionTokens(group.why, (id) => names.get(id) || id)}`,
      `   Shared by all: ${shared.length > 0 ? shared.join('; ') : 'nothing listed yet'}`,
      ...(some.length > 0 ? [`   Shared by some: ${some.join('; ')}`] : []),
      `   Icebreaker: ${group.icebreaker}`,
    );
  });
  if (result.unmatched.length > 0) {
    lines.push('', 'Unmatched:');
    for (const u of result.unmatched) lines.push(`   ${who(u.id)}: ${u.reason} [${u.code}]`);
  }
  return `${lines.join('\n')}\n`;
}
