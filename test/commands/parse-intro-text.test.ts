import { describe, expect, it } from 'vitest';
import { parseIntroText } from '../../src/commands/parse-intro-text.ts';

describe('parseIntroText', () => {
  it.each([
    ['join', { word: 'join' }],
    ['  JOIN  ', { word: 'join' }],
    ['hobbies Hiking, board games', { word: 'hobbies', interests: 'Hiking, board games' }],
    ['volunteer food bank', { word: 'volunteer', interests: 'food bank' }],
    ['pause', { word: 'pause' }],
    ['pause 2w', { word: 'pause', duration: '2w' }],
    ['resume', { word: 'resume' }],
    ['leave', { word: 'leave' }],
    ['forget', { word: 'forget' }],
    ['export', { word: 'export' }],
    ['profile', { word: 'profile' }],
    ['block <@U123ABC|ada>', { word: 'block', userId: 'U123ABC' }],
    ['block <@U123ABC>', { word: 'block', userId: 'U123ABC' }],
    ['admin round', { word: 'admin_round' }],
    ['admin stats', { word: 'admin_stats' }],
    ['admin channel <#C42|intros>', { word: 'admin_channel', channelId: 'C42' }],
    ['admin schedule 0 10 * * 1', { word: 'admin_schedule', cron: '0 10 * * 1' }],
    [
      'admin schedule 30 9 * * 2 Europe/London',
      { word: 'admin_schedule', cron: '30 9 * * 2', timezone: 'Europe/London' },
    ],
    ['', { word: 'help' }],
    ['help', { word: 'help' }],
  ])('reads %j', (text, expected) => {
    expect(parseIntroText(text)).toEqual(expected);
  });

  it('answers an unknown word with help that names it', () => {
    expect(parseIntroText('dance now')).toEqual({ word: 'help', unknown: 'dance' });
    expect(parseIntroText('admin explode')).toEqual({ word: 'help', unknown: 'admin explode' });
  });

  it('says how to use a known word whose argument is missing', () => {
    expect(parseIntroText('block ada')).toEqual({ word: 'help', problem: 'block.no_user' });
    expect(parseIntroText('admin channel intros')).toEqual({ word: 'help', problem: 'channel.missing' });
    expect(parseIntroText('admin schedule weekly')).toEqual({ word: 'help', problem: 'schedule.bad_cron' });
  });
});
