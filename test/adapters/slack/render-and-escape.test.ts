import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeReplyText } from '../../../adapters/slack/escape-mrkdwn.ts';
import { answerForReaction } from '../../../adapters/slack/feedback-reactions.ts';
import { renderDirectBlocks } from '../../../adapters/slack/render-direct-blocks.ts';
import { renderIntroBlocks } from '../../../adapters/slack/render-intro-blocks.ts';
import { splitText } from '../../../adapters/slack/send-export.ts';
import { suggestMeetingTimes } from '../../../src/meeting/suggest-meeting-times.ts';
import type { IntroDelivery } from '../../../src/platform.ts';

const intro: IntroDelivery = {
  introId: 7,
  communityExternalId: 'T0KINDRED',
  userIds: ['U0ALICE01', 'U0BOB0001'],
  shared: { hobbies: ['chess', 'hiking'], volunteer: ['food bank'] },
  why: 'You both play chess <!channel> & hike',
  icebreaker: 'Which opening do you <@U0EVE0001> play?',
  channelId: null,
  nonce: 'outbox:1',
};

describe('Slack text escaping', () => {
  it('GIVEN &, < and > THEN they become entities, so no <!channel> or mention survives', () => {
    expect(escapeMrkdwn('a & <!channel> <@U123> >')).toBe('a &amp; &lt;!channel&gt; &lt;@U123&gt; &gt;');
  });

  it('GIVEN a command reply THEN single user/channel mentions stay and everything else is escaped', () => {
    expect(escapeReplyText('Noted <#C0INTROS> for <@U0ALICE01>; field: <!here> & co')).toBe(
      'Noted <#C0INTROS> for <@U0ALICE01>; field: &lt;!here&gt; &amp; co',
    );
  });
});

describe('intro message', () => {
  it('GIVEN a pair THEN it mentions both, gives the hook once, one question, a next step, and no judgement to answer in front of the partner', () => {
    const { text, blocks } = renderIntroBlocks(intro);
    const all = JSON.stringify(blocks);

    expect(text).toContain('<@U0ALICE01> and <@U0BOB0001>');
    expect(text).toContain('You both play chess');
    expect(all).not.toMatch(/What you share|Why I picked it/);
    expect(all).toContain('*To start:* Which opening');
    expect(all).toContain('Next step:');

    expect(all).toContain('Which opening');
    expect(all).toContain('I will ask each of you privately how it went');
    for (const judgement of ['felt genuine', 'felt transactional', ':handshake:', ':neutral_face:'])
      expect(all).not.toContain(judgement);
    expect(all).not.toContain('"actions"');
  });

  it('GIVEN matcher or profile text with Slack markup THEN the message carries it escaped only', () => {
    const { text, blocks } = renderIntroBlocks(intro);
    for (const rendered of [text, JSON.stringify(blocks)]) {
      expect(rendered).not.toContain('<!channel>');
      expect(rendered).not.toContain('<@U0EVE0001>');
      expect(rendered).toContain('&lt;!channel&gt; &amp; hike');
    }
  });

  it('GIVEN a hook that names members THEN each token becomes a Slack mention and the rest stays escaped', () => {
    const { blocks } = renderIntroBlocks({
      ...intro,
      userIds: ['U0A000001', 'U0B000001', 'U0C000001'],
      why: 'All three of you love chess. {@U0A000001} and {@U0B000001} also share jazz & <!here>.',
    });
    const hook = JSON.stringify(blocks[0]);
    expect(hook).toContain('<@U0A000001> and <@U0B000001> also share jazz &amp; &lt;!here&gt;.');
    expect(hook).not.toContain('{@');
  });

  it('GIVEN suggested times THEN each is listed with an add-to-calendar link', () => {
    const now = new Date('2026-12-02T16:00:00Z');
    const meeting = suggestMeetingTimes(['America/New_York', 'Europe/London'], now);
    const { blocks } = renderIntroBlocks({ ...intro, meeting });
    const next = (blocks[2] as { text: { text: string } }).text.text;
    expect(next).toMatch(/^Next step: pick one of these times for a 30-minute call/);
    expect(next).toContain(
      '• Thu 3 Dec, 11:00 (New York) · Thu 3 Dec, 16:00 (London)  (add to calendar: <https://calendar.google.com/calendar/render?',
    );
    expect(next.match(/\|Google> · <https:\/\/outlook\.live\.com\/[^|]+\|Outlook>\)/g)).toHaveLength(3);
  });

  it('GIVEN no common daytime THEN the next step says what to do instead', () => {
    const { blocks } = renderIntroBlocks({
      ...intro,
      meeting: { ok: false, code: 'meeting.no_shared_daytime' },
    });
    expect(JSON.stringify(blocks[2])).toContain('no hour falls in everyone’s daytime');
  });

  it('GIVEN a trio THEN all three are mentioned', () => {
    const { text } = renderIntroBlocks({ ...intro, userIds: ['U0A000001', 'U0B000001', 'U0C000001'] });
    expect(text).toContain('<@U0A000001>, <@U0B000001> and <@U0C000001>');
  });
});

describe('direct messages', () => {
  it('GIVEN a nudge THEN its three buttons carry the intro id and one answer each', () => {
    const { blocks } = renderDirectBlocks({
      kind: 'nudge',
      communityExternalId: 'T0KINDRED',
      userId: 'U0ALICE01',
      introId: 42,
      otherUserIds: ['U0BOB0001'],
      nonce: 'outbox:2',
    });
    const actions = blocks.find((b) => b.type === 'actions');

    expect(actions).toMatchObject({
      elements: [
        { action_id: 'kindred_feedback_genuine', value: '42' },
        { action_id: 'kindred_feedback_transactional', value: '42' },
        { action_id: 'kindred_feedback_no_show', value: '42' },
      ],
    });
  });

  it('GIVEN a private ask THEN it says the partner never sees the answer, offers three buttons and names the three reactions', () => {
    const { text, blocks } = renderDirectBlocks({
      kind: 'ask',
      communityExternalId: 'T0KINDRED',
      userId: 'U0ALICE01',
      introId: 42,
      otherUserIds: ['U0BOB0001'],
      nonce: 'outbox:5',
    });
    expect(text).toContain('I have just introduced you to <@U0BOB0001>');
    expect(text).toContain('the people you met never see it');
    expect(blocks.find((b) => b.type === 'actions')).toMatchObject({
      block_id: 'kindred_ask',
      elements: [
        { action_id: 'kindred_feedback_genuine', value: '42' },
        { action_id: 'kindred_feedback_transactional', value: '42' },
        { action_id: 'kindred_feedback_no_show', value: '42' },
      ],
    });
    expect(JSON.stringify(blocks)).toContain(
      ":handshake: felt genuine   :neutral_face: felt transactional   :no_entry_sign: we didn't meet",
    );
  });

  it('GIVEN a check-in THEN it asks whether they are still in touch, with two answers', () => {
    const { text, blocks } = renderDirectBlocks({
      kind: 'checkin',
      communityExternalId: 'T0KINDRED',
      userId: 'U0ALICE01',
      introId: 42,
      otherUserIds: ['U0BOB0001'],
      nonce: 'outbox:3',
    });
    expect(text).toContain('still in touch');
    expect(JSON.stringify(blocks)).toContain('kindred_feedback_in_touch');
    expect(JSON.stringify(blocks)).toContain('kindred_feedback_not_in_touch');
  });

  it('GIVEN a notice THEN it is plain escaped text', () => {
    const { text } = renderDirectBlocks({
      kind: 'notice',
      communityExternalId: 'T0KINDRED',
      userId: 'U0ALICE01',
      text: 'Off this round <!everyone>',
      nonce: 'outbox:4',
    });
    expect(text).toBe('Off this round &lt;!everyone&gt;');
  });
});

describe('feedback reactions', () => {
  it('GIVEN the three answer emoji, with or without a skin tone THEN each maps to its answer; others to nothing', () => {
    expect(answerForReaction('handshake')).toBe('genuine');
    expect(answerForReaction('handshake::skin-tone-4')).toBe('genuine');
    expect(answerForReaction('neutral_face')).toBe('transactional');
    expect(answerForReaction('no_entry_sign')).toBe('no_show');
    expect(answerForReaction('thumbsup')).toBeUndefined();
  });
});

describe('export splitting', () => {
  it('GIVEN a long text THEN pieces stay under the size, break at lines, and lose nothing', () => {
    const text = Array.from({ length: 500 }, (_, i) => `"line ${i}": "${'x'.repeat(i % 40)}"`).join('\n');
    const parts = splitText(text, 1000);

    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });

  it('GIVEN one line longer than the size THEN it is cut into pieces', () => {
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });
});
