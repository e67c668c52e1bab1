import { describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../src/commands/command-deps.ts';
import { handleIntroCommand } from '../../src/commands/handle-intro-command.ts';
import type { CommandContext } from '../../src/commands/intro-command.ts';
import { parseIntroText } from '../../src/commands/parse-intro-text.ts';
import { renderStats } from '../../src/commands/render-stats.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { PlatformRegistry } from '../../src/platform.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

describe.each(DRIVERS)('/intro words on %s', (driver) => {
  const store = useTestDb(driver);
  const deps = (admins: string[] = []): CommandDeps => ({
    db: store.db,
    clock: () => new Date('2026-11-26T09:00:00Z'),
    config: { ...loadConfig({}), admins },
    log: silentLogger(),
    platforms: new PlatformRegistry(),
    wakeDelivery: () => {},
  });
  const person = (overrides: Partial<CommandContext> = {}): CommandContext => ({
    platform: 'slack',
    communityExternalId: uniqueId('T'),
    userId: uniqueId('U'),
    platformAdmin: false,
    ...overrides,
  });
  const say = (ctx: CommandContext, text: string, admins?: string[]) =>
    handleIntroCommand(deps(admins), ctx, parseIntroText(text));

  it('welcomes a new member and asks the adapter to open the profile form', async () => {
    const reply = await say(person(), 'join');
    expect(reply.text).toMatch(/You're in/);
    expect(reply.openProfileForm).toBe(true);
  });

  it('saves hobbies typed as text and shows them back in the profile', async () => {
    const me = person();
    await say(me, 'join');
    expect((await say(me, 'hobbies Hiking, Chess')).text).toBe('Saved your hobbies: hiking, chess.');
    expect((await say(me, 'volunteer food banks')).text).toBe('Saved your causes: food bank.');
    const profile = (await say(me, 'profile')).text;
    // The profile shows them as written; matching uses the keys the replies above confirm.
    expect(profile).toContain('Hobbies: Hiking, Chess');
    expect(profile).toContain('Volunteering: food banks');
  });

  it('tells someone who has not joined how to start', async () => {
    expect((await say(person(), 'hobbies chess')).text).toMatch(/\/intro join/);
    expect((await say(person(), 'pause')).text).toMatch(/\/intro join/);
  });

  it('pauses with a date, explains a bad duration, and resumes', async () => {
    const me = person();
    await say(me, 'join');
    expect((await say(me, 'pause 2w')).text).toBe(
      "Paused until 2026-12-10. I'll include you again after that.",
    );
    expect((await say(me, 'pause soon')).text).toMatch(/could not read "soon"/);
    expect((await say(me, 'resume')).text).toMatch(/Welcome back/);
  });

  it('exports the member data as a JSON attachment', async () => {
    const me = person();
    await say(me, 'join');
    await say(me, 'hobbies origami');
    const reply = await say(me, 'export');
    expect(JSON.parse(reply.attachment?.content ?? '{}')).toMatchObject({
      profile: { hobbies: ['origami'] },
    });
  });

  it('blocks by mention, and explains a block without one', async () => {
    const me = person();
    await say(me, 'join');
    expect((await say(me, 'block <@U999|bob>')).text).toMatch(/never introduce you two/);
    expect((await say(me, 'block bob')).text).toMatch(/Tell me whom to block/);
  });

  it('forgets a member and says so, and says nothing is held the second time', async () => {
    const me = person();
    await say(me, 'join');
    expect((await say(me, 'forget')).text).toMatch(/everything I held about you is deleted/);
    expect((await say(me, 'forget')).text).toBe('I hold nothing about you.');
  });

  it('answers an unknown word with help, showing admin words only to admins', async () => {
    const reply = await say(person(), 'dance');
    expect(reply.text).toMatch(/I don't know "dance"/);
    expect(reply.text).not.toContain('admin round');
    expect((await say(person({ platformAdmin: true }), 'help')).text).toContain('admin round');
  });

  it('refuses admin words from members and accepts KINDRED_ADMINS', async () => {
    const me = person();
    expect((await say(me, 'admin schedule 0 9 * * 2')).text).toBe(
      'Only admins of this community can do that.',
    );
    expect((await say(me, 'admin schedule 0 9 * * 2 Europe/Paris', [me.userId])).text).toBe(
      'Rounds now run on `0 9 * * 2` (Europe/Paris).',
    );
    expect((await say(me, 'admin schedule 99 9 * * 2', [me.userId])).text).toMatch(/not a cron expression/);
    expect((await say(me, 'admin schedule 0 9 * * 2 Mars/Base', [me.userId])).text).toMatch(/not a timezone/);
  });
});

describe('renderStats', () => {
  it('counts answers, rates and the reasons deliveries failed', () => {
    const text = renderStats({
      members: { active: 4, paused: 1, left: 0, pausedForSilence: 1 },
      rounds: { total: 2, lastPeriod: '2026-11-30T10:00', lastAt: new Date() },
      intros: { sent: 3, pending: 0, failed: 1, cancelled: 0, failureReasons: { dms_closed: 1 } },
      feedback: {
        answered: 4,
        introsAnswered: 2,
        answers: { genuine: 3, transactional: 1, no_show: 0 },
        genuineRate: 0.75,
      },
      checkins: { answered: 0, inTouch: 0, notInTouch: 0 },
      delivery: undefined,
    });
    expect(text).not.toContain('Delivering');
    expect(text).toContain('Members: 4 active, 1 paused (1 after unanswered intros), 0 left.');
    expect(text).toContain('Why some did not go out: DMs closed: 1.');
    expect(text).toContain("3 genuine, 1 transactional, 0 didn't meet.");
    expect(text).toContain('Genuine-connection rate: 75% (of the answered intros, the share where');
  });
});
