import { ApplicationCommandOptionType as T, ChannelType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { introCommandDefinitions } from '../../../adapters/discord/command-definitions.ts';
import { KINDRED_PERMISSIONS, inviteUrl } from '../../../adapters/discord/invite-url.ts';

type Option = {
  name: string;
  type: number;
  required?: boolean;
  options?: Option[];
  channel_types?: number[];
};

const shape = (options: Option[] = []): unknown =>
  options.map((o) => ({
    name: o.name,
    type: o.type,
    ...(o.required !== undefined ? { required: o.required } : {}),
    ...(o.options ? { options: shape(o.options) } : {}),
  }));

describe('/intro command definitions', () => {
  it('GIVEN the contract THEN /intro has one subcommand per word and the admin words in the group admin', () => {
    const [intro, ...others] = introCommandDefinitions();
    expect(others).toEqual([]);
    expect(intro?.name).toBe('intro');
    expect(shape(intro?.options as Option[])).toEqual([
      { name: 'join', type: T.Subcommand },
      {
        name: 'hobbies',
        type: T.Subcommand,
        options: [{ name: 'interests', type: T.String, required: true }],
      },
      {
        name: 'volunteer',
        type: T.Subcommand,
        options: [{ name: 'interests', type: T.String, required: true }],
      },
      { name: 'profile', type: T.Subcommand },
      { name: 'pause', type: T.Subcommand, options: [{ name: 'for', type: T.String, required: false }] },
      { name: 'resume', type: T.Subcommand },
      { name: 'leave', type: T.Subcommand },
      { name: 'forget', type: T.Subcommand },
      { name: 'export', type: T.Subcommand },
      { name: 'block', type: T.Subcommand, options: [{ name: 'member', type: T.User, required: true }] },
      { name: 'help', type: T.Subcommand },
      {
        name: 'admin',
        type: T.SubcommandGroup,
        options: [
          { name: 'round', type: T.Subcommand },
          {
            name: 'schedule',
            type: T.Subcommand,
            options: [
              { name: 'cron', type: T.String, required: true },
              { name: 'timezone', type: T.String, required: false },
            ],
          },
          {
            name: 'channel',
            type: T.Subcommand,
            options: [{ name: 'channel', type: T.Channel, required: true }],
          },
          { name: 'stats', type: T.Subcommand },
        ],
      },
    ]);
  });

  it('offers only text channels for admin channel and keeps every description within 1-100 characters', () => {
    const all: Option[] = [];
    const walk = (options: Option[] = []) => options.forEach((o) => (all.push(o), walk(o.options)));
    const [intro] = introCommandDefinitions();
    walk(intro?.options as Option[]);
    const channel = all.find((o) => o.type === T.Channel);
    expect(channel?.channel_types).toEqual([ChannelType.GuildText]);
    for (const option of all as (Option & { description: string })[]) {
      expect(option.description.length).toBeGreaterThanOrEqual(1);
      expect(option.description.length).toBeLessThanOrEqual(100);
      expect(option.name).toMatch(/^[a-z]{1,32}$/);
    }
  });
});

describe('invite permissions', () => {
  it('are exactly the five Kindred needs: 343597452288', () => {
    const expected =
      PermissionFlagsBits.ViewChannel |
      PermissionFlagsBits.SendMessages |
      PermissionFlagsBits.CreatePrivateThreads |
      PermissionFlagsBits.SendMessagesInThreads |
      PermissionFlagsBits.ReadMessageHistory;
    expect(KINDRED_PERMISSIONS).toBe(expected);
    expect(KINDRED_PERMISSIONS).toBe(343597452288n);
    expect(KINDRED_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
    expect(KINDRED_PERMISSIONS & PermissionFlagsBits.AddReactions).toBe(0n);
    expect(KINDRED_PERMISSIONS & PermissionFlagsBits.ManageThreads).toBe(0n);
  });

  it('builds the invite URL with scopes bot and applications.commands', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('343597452288');
  });
});
