import { ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { answerForEmoji } from '../../../adapters/discord/feedback-emoji.ts';
import { parseFeedbackButtonId } from '../../../adapters/discord/feedback-button-id.ts';
import { renderDirectMessage } from '../../../adapters/discord/render-direct-message.ts';
import { renderIntroMessage } from '../../../adapters/discord/render-intro-message.ts';
import { suggestMeetingTimes } from '../../../src/meeting/suggest-meeting-times.ts';
import type { IntroDelivery } from '../../../src/platform.ts';

const ADA = '100000000000000001';
const GRACE = '100000000000000002';
const GUILD = '100000000000000009';

const intro = (overrides: Partial<IntroDelivery> = {}): IntroDelivery => ({
  introId: 42,
  communityExternalId: GUILD,
  userIds: [ADA, GRACE],
  shared: { hobbies: ['chess', 'hiking'], volunteer: ['food bank'] },
  why: 'You both play chess, which few people here do.',
  icebreaker: 'What was the first opening you learned?',
  channelId: null,
  nonce: 'intro:42',
  ...overrides,
});

describe('renderIntroMessage', () => {
  it('greets the group by mention with the hook once, one question, a next step, and asks no judgement in front of the others', () => {
    const { content, allowedMentions } = renderIntroMessage(intro());
    expect(content).toContain(
      `<@${ADA}> and <@${GRACE}>, meet each other! You both play chess, which few people here do.`,
    );
    expect(content).not.toMatch(/What you share|Why I picked it/);
    expect(content).toContain('**To start:** What was the first opening you learned?');
    expect(content).toContain('Next step: each of you reply here with two times');
    expect(content).toContain('I will ask each of you privately how it went');
    expect(content).not.toMatch(/🤝|😐|🚫|felt genuine|felt transactional/);
    expect(allowedMentions).toEqual({ parse: [], users: [ADA, GRACE] });
  });

  it('GIVEN profile text with markdown and mentions THEN it is escaped and can ping nobody', () => {
    const { content, allowedMentions } = renderIntroMessage(
      intro({
        why: '# heading [link](https://evil.example) **bold** @everyone <@&123456789012345678> role',
      }),
    );
    expect(content).not.toContain('**bold**');
    expect(content).toContain('\\*\\*bold\\*\\* \\@everyone');
    expect(content).toContain('\\<\\@&123456789012345678> role');
    expect(content).toContain('\\# heading \\[link](https://evil.example)');
    expect(allowedMentions.parse).toEqual([]);
  });

  it('GIVEN a hook that names members THEN tokens become mentions of only those in the group', () => {
    const { content, allowedMentions } = renderIntroMessage(
      intro({ why: `{@${ADA}} and {@${GRACE}} also share jazz.` }),
    );
    expect(content).toContain(`<@${ADA}> and <@${GRACE}> also share jazz.`);
    expect(allowedMentions.users).toEqual([ADA, GRACE]);
  });

  it('GIVEN suggested times THEN each is listed with a calendar link that does not unfurl', () => {
    const meeting = suggestMeetingTimes(['Asia/Tokyo', 'Europe/Berlin'], new Date('2026-12-02T16:00:00Z'));
    const { content } = renderIntroMessage(intro({ meeting }));
    expect(content).toContain(
      '• Fri 4 Dec, 17:00 (Tokyo) · Fri 4 Dec, 09:00 (Berlin) (add to calendar: [Google](<https://',
    );
    expect(content.match(/\[Outlook\]\(<https:\/\/outlook\.live\.com\//g)).toHaveLength(3);
  });

  it('GIVEN the DM fallback THEN each member’s copy names the others and pings nobody', () => {
    const { content, allowedMentions } = renderIntroMessage(intro(), ADA);
    expect(content).toMatch(new RegExp(`^👋 Meet <@${GRACE}>!`));
    expect(content).not.toContain(`<@${ADA}>`);
    expect(allowedMentions).toEqual({ parse: [], users: [] });
  });
});

describe('renderDirectMessage', () => {
  it('asks how a nudge went with one button per answer, the intro and guild in each custom_id', () => {
    const message = renderDirectMessage({
      kind: 'nudge',
      communityExternalId: GUILD,
      userId: ADA,
      introId: 42,
      otherUserIds: [GRACE],
      nonce: 'nudge:42:1',
    });
    expect(message.content).toBe(`A few days ago I introduced you to <@${GRACE}>. How did it go?`);
    const buttons = message.components[0]?.components ?? [];
    expect(buttons.map((b) => b.type)).toEqual([
      ComponentType.Button,
      ComponentType.Button,
      ComponentType.Button,
    ]);
    const ids = buttons.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.map(parseFeedbackButtonId)).toEqual([
      { guildId: GUILD, introId: 42, answer: 'genuine', source: 'fb' },
      { guildId: GUILD, introId: 42, answer: 'transactional', source: 'fb' },
      { guildId: GUILD, introId: 42, answer: 'no_show', source: 'fb' },
    ]);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('asks privately right after the intro, naming the three reactions, with ask buttons', () => {
    const message = renderDirectMessage({
      kind: 'ask',
      communityExternalId: GUILD,
      userId: ADA,
      introId: 42,
      otherUserIds: [GRACE],
      nonce: 'ask:42:1',
    });
    expect(message.content).toContain(`I have just introduced you to <@${GRACE}>`);
    expect(message.content).toContain('the people you met never see it');
    expect(message.content).toContain("🤝 felt genuine   😐 felt transactional   🚫 we didn't meet");
    const ids = (message.components[0]?.components ?? []).map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids).toEqual([
      `kindred:ask:${GUILD}:42:genuine`,
      `kindred:ask:${GUILD}:42:transactional`,
      `kindred:ask:${GUILD}:42:no_show`,
    ]);
    expect(parseFeedbackButtonId(ids[0]!)).toEqual({
      guildId: GUILD,
      introId: 42,
      answer: 'genuine',
      source: 'ask',
    });
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('sends a notice as written, with @everyone defused', () => {
    const message = renderDirectMessage({
      kind: 'notice',
      communityExternalId: GUILD,
      userId: ADA,
      text: 'Paused. Type `/intro resume` @everyone',
      nonce: 'n',
    });
    expect(message.content).toBe('Paused. Type `/intro resume` @\u200beveryone');
    expect(message.components).toEqual([]);
  });
});

describe('feedback ids and emoji', () => {
  it('rejects custom_ids that are not Kindred feedback', () => {
    expect(parseFeedbackButtonId('kindred:fb:123:42:genuine')).toBeUndefined();
    expect(parseFeedbackButtonId(`kindred:fb:${GUILD}:42:love`)).toBeUndefined();
    expect(parseFeedbackButtonId(`kindred:fb:${GUILD}:0:genuine`)).toBeUndefined();
    expect(parseFeedbackButtonId(`other:fb:${GUILD}:42:genuine`)).toBeUndefined();
  });

  it('reads 🤝 with a skin tone as genuine and ignores other and custom emoji', () => {
    expect(answerForEmoji({ id: null, name: '🤝🏽' })).toBe('genuine');
    expect(answerForEmoji({ id: null, name: '😐' })).toBe('transactional');
    expect(answerForEmoji({ id: null, name: '🚫' })).toBe('no_show');
    expect(answerForEmoji({ id: null, name: '👍' })).toBeUndefined();
    expect(answerForEmoji({ id: '123456789012345678', name: '🤝' })).toBeUndefined();
  });
});
