import { describe, expect, it } from 'vitest';
import {
  mapMentionTokens,
  mentionToken,
  nameMentionTokens,
  splitMentionTokens,
} from '../../src/domain/mention-token.ts';

describe('mention tokens', () => {
  const text = `${mentionToken('12')} and ${mentionToken('13')} also share jazz.`;

  it('maps member ids to platform user ids, and never leaves an unknown id behind', () => {
    expect(mapMentionTokens(text, new Map([['12', 'U1']]))).toBe('{@U1} and someone also share jazz.');
  });

  it('splits text and mentions in order for an adapter to render', () => {
    expect(splitMentionTokens(text)).toEqual([
      { mention: '12' },
      { text: ' and ' },
      { mention: '13' },
      { text: ' also share jazz.' },
    ]);
    expect(splitMentionTokens('no names')).toEqual([{ text: 'no names' }]);
  });

  it('names people in plain text', () => {
    expect(nameMentionTokens(text, (id) => `member ${id}`)).toBe('member 12 and member 13 also share jazz.');
  });
});
