import { ApplicationCommandOptionType as T } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { optionsToCommand, type CommandOptionData } from '../../../adapters/discord/options-to-command.ts';

const ADA = '112233445566778899';
const INTROS = '998877665544332211';

const sub = (name: string, options: CommandOptionData[] = []): CommandOptionData[] => [
  { name, type: T.Subcommand, options },
];
const admin = (name: string, options: CommandOptionData[] = []): CommandOptionData[] => [
  { name: 'admin', type: T.SubcommandGroup, options: sub(name, options) },
];
const text = (name: string, value: string): CommandOptionData => ({ name, type: T.String, value });

describe('optionsToCommand', () => {
  it.each([
    ['join', sub('join'), { word: 'join' }],
    [
      'hobbies',
      sub('hobbies', [text('interests', 'hiking, chess')]),
      { word: 'hobbies', interests: 'hiking, chess' },
    ],
    [
      'volunteer',
      sub('volunteer', [text('interests', 'food bank')]),
      { word: 'volunteer', interests: 'food bank' },
    ],
    ['profile', sub('profile'), { word: 'profile' }],
    ['pause for 2w', sub('pause', [text('for', ' 2w ')]), { word: 'pause', duration: '2w' }],
    ['pause', sub('pause'), { word: 'pause' }],
    ['resume', sub('resume'), { word: 'resume' }],
    ['leave', sub('leave'), { word: 'leave' }],
    ['forget', sub('forget'), { word: 'forget' }],
    ['export', sub('export'), { word: 'export' }],
    ['block', sub('block', [{ name: 'member', type: T.User, value: ADA }]), { word: 'block', userId: ADA }],
    ['help', sub('help'), { word: 'help' }],
    ['admin round', admin('round'), { word: 'admin_round' }],
    [
      'admin schedule',
      admin('schedule', [text('cron', '0 10 * * 1'), text('timezone', 'Europe/London')]),
      { word: 'admin_schedule', cron: '0 10 * * 1', timezone: 'Europe/London' },
    ],
    [
      'admin schedule without timezone',
      admin('schedule', [text('cron', '0 10 * * 1')]),
      { word: 'admin_schedule', cron: '0 10 * * 1' },
    ],
    [
      'admin channel',
      admin('channel', [{ name: 'channel', type: T.Channel, value: INTROS }]),
      { word: 'admin_channel', channelId: INTROS },
    ],
    ['admin stats', admin('stats'), { word: 'admin_stats' }],
  ])('maps %s', (_, options, expected) => {
    expect(optionsToCommand(options)).toEqual(expected);
  });

  it('GIVEN an unknown subcommand (a stale registration) THEN it answers with help naming it', () => {
    expect(optionsToCommand(sub('dance'))).toEqual({ word: 'help', unknown: 'dance' });
    expect(optionsToCommand(admin('nuke'))).toEqual({ word: 'help', unknown: 'admin nuke' });
    expect(optionsToCommand([])).toEqual({ word: 'help' });
  });

  it('GIVEN a known word with unusable options THEN it answers with that word’s usage', () => {
    expect(optionsToCommand(sub('block', [{ name: 'member', type: T.User, value: 'not-an-id' }]))).toEqual({
      word: 'help',
      problem: 'block.no_user',
    });
    expect(optionsToCommand(admin('channel'))).toEqual({ word: 'help', problem: 'channel.missing' });
    expect(optionsToCommand(admin('schedule'))).toEqual({ word: 'help', problem: 'schedule.bad_cron' });
    expect(optionsToCommand(sub('hobbies'))).toEqual({ word: 'help' });
  });

  it('never reads an admin word outside the admin group', () => {
    expect(optionsToCommand(sub('admin_round'))).toEqual({ word: 'help', unknown: 'admin-round' });
  });
});
