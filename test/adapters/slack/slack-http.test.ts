import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommunity } from '../../../src/store/community-repository.ts';
import { findMember, getProfile } from '../../../src/store/member-repository.ts';
import {
  appHomeOpened,
  appUninstalled,
  blockActions,
  eventCallback,
  slashCommand,
  viewSubmission,
} from '../../fakes/slack/signed-requests.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, TEAM, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';
const CAROL = 'U0CAROL01';
const community = { platform: 'slack' as const, externalId: TEAM };

describe.each(DRIVERS)('Slack over HTTP on %s', (driver) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      users: [
        { id: ALICE, name: 'alice', is_admin: true, tz: 'America/New_York' },
        { id: BOB, name: 'bob' },
        { id: CAROL, name: 'carol' },
      ],
    });
  });
  afterAll(() => h?.stop());

  const memberOf = async (userId: string) => {
    const found = await findCommunity(h.runtime.db, community);
    return found ? findMember(h.runtime.db, found.id, userId) : undefined;
  };

  it('GIVEN a wrong or missing signature, a stale or a future timestamp THEN 401 and nothing is stored', async () => {
    const join = () =>
      slashCommand({ teamId: TEAM, userId: CAROL, text: 'join', responseUrl: h.fake.responseUrl() });
    const now = Math.floor(Date.now() / 1000);

    expect((await h.post(join(), { badSignature: true })).status).toBe(401);
    expect((await h.post(join(), { omitSignature: true })).status).toBe(401);
    expect((await h.post(join(), { timestamp: now - 6 * 60 })).status).toBe(401);
    expect((await h.post(join(), { timestamp: now + 6 * 60 })).status).toBe(401);
    expect(await findCommunity(h.runtime.db, community)).toBeUndefined();
    // Small clock skew either way is fine, as Slack allows.
    expect((await h.post(join(), { timestamp: now + 60 })).status).toBe(200);
  });

  it('GIVEN /intro hobbies as text THEN the profile is saved without the form, and the reply is ephemeral', async () => {
    await h.intro(BOB, 'join');
    const reply = await h.intro(BOB, 'hobbies Hiking, chess; board games');

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      response_type: 'ephemeral',
      text: 'Saved your hobbies: hiking, chess, board games.',
    });
    const bob = await memberOf(BOB);
    expect((await getProfile(h.runtime.db, bob!.id))?.hobbies).toEqual(['hiking', 'chess', 'board games']);
  });

  it('GIVEN /intro join THEN consent is recorded and the profile form opens on the trigger, with suggestions and Slack’s timezone', async () => {
    const reply = await h.intro(ALICE, 'join');

    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain("You're in!");
    expect((await memberOf(ALICE))?.consentAt).toBeInstanceOf(Date);
    // The form opens right after the ack, on the command's trigger.
    const onTrigger = () =>
      h.fake.callsTo('views.open').filter((c) => c.args['trigger_id'] === reply.triggerId);
    await until(() => onTrigger().length > 0);
    const opened = onTrigger().at(-1);
    const view = JSON.stringify(opened?.args['view']);
    expect(view).toContain('Popular here: board games, chess, hiking');
    expect(view).toContain('"initial_value":"America/New_York"');
    expect(view).toContain('"value":"biweekly"');
  });

  it('GIVEN the form submitted with an unknown timezone or nothing to match on THEN errors land on the right block and nothing is saved', async () => {
    const view = [...h.fake.workspace.views.values()].at(-1)!;
    const submit = (values: Record<string, string | undefined>) =>
      h.post(
        viewSubmission({
          teamId: TEAM,
          userId: ALICE,
          view: { id: view.id, callback_id: 'kindred_profile' },
          values: formValues(values),
        }),
      );

    const badZone = await submit({ hobbies: 'chess', timezone: 'Mars/Olympus' });
    const empty = await submit({});

    expect(JSON.parse(badZone.body)).toEqual({
      response_action: 'errors',
      errors: { timezone: expect.stringContaining('Mars/Olympus') },
    });
    expect(JSON.parse(empty.body)).toMatchObject({
      response_action: 'errors',
      errors: { hobbies: expect.any(String) },
    });
    expect(await getProfile(h.runtime.db, (await memberOf(ALICE))!.id)).toBeUndefined();

    const ok = await submit({
      hobbies: 'Chess, sourdough',
      volunteer: 'food bank',
      timezone: 'Europe/Paris',
      cadence: 'monthly',
    });

    expect(ok.status).toBe(200);
    expect(ok.body).toBe('');
    const alice = await memberOf(ALICE);
    expect(alice?.cadence).toBe('monthly');
    expect(await getProfile(h.runtime.db, alice!.id)).toMatchObject({
      hobbies: ['chess', 'sourdough'],
      volunteer: ['food bank'],
      timezone: 'Europe/Paris',
    });
  });

  it('GIVEN app_home_opened THEN Home shows my profile escaped; the pause button pauses me and redraws it', async () => {
    const alice = await memberOf(ALICE);
    await h.runtime.db.query(`UPDATE profiles SET industry = '<!channel> ops' WHERE member_id = $1`, [
      alice!.id,
    ]);

    expect(
      (
        await h.post(
          eventCallback({ teamId: TEAM, event: appHomeOpened({ user: ALICE, channel: 'D0ALICE' }) }),
        )
      ).status,
    ).toBe(200);

    const home = JSON.stringify(h.fake.workspace.homeViews.get(ALICE));
    expect(home).toContain('chess, sourdough');
    expect(home).toContain('&lt;!channel&gt; ops');
    expect(home).not.toContain('<!channel>');
    expect(home).toContain('Next round:');

    const viewId = h.fake.workspace.homeViews.get(ALICE)!.id;
    const click = blockActions({
      teamId: TEAM,
      userId: ALICE,
      view: { id: viewId, type: 'home' },
      actions: [{ action_id: 'kindred_home_pause', block_id: 'x' }],
    });
    expect((await h.post(click)).status).toBe(200);
    expect((await memberOf(ALICE))?.status).toBe('paused');
    expect(JSON.stringify(h.fake.workspace.homeViews.get(ALICE))).toContain('kindred_home_resume');
  });

  it('GIVEN /intro export THEN the JSON arrives as an escaped code block in a DM', async () => {
    const reply = await h.intro(ALICE, 'export');

    expect(reply.body.text).toContain('Here is everything I hold about you');
    await until(() =>
      h.fake.callsTo('chat.postMessage').some((c) => String(c.args['text']).includes('kindred-export.json')),
    );
    const dm = h.fake
      .callsTo('chat.postMessage')
      .find((c) => String(c.args['text']).includes('kindred-export.json'))!;
    const text = String(dm.args['text']);
    expect(h.fake.workspace.findDirect([ALICE])?.id).toBe(dm.args['channel']);
    expect(text).toMatch(/```[\s\S]*"userId": "U0ALICE01"[\s\S]*```/);
    expect(text).toContain('&lt;!channel&gt; ops');
  });

  it('GIVEN admin words THEN a workspace admin may use them and a member may not', async () => {
    const asMember = await h.intro(BOB, 'admin stats');
    const roundAsMember = await h.intro(BOB, 'admin round');
    const asAdmin = await h.intro(ALICE, 'admin stats');
    const help = await h.intro(ALICE, 'frobnicate');

    expect(asMember.body.text).toBe('Only admins of this community can do that.');
    // Refused in the ack itself, not after a "Working on it…".
    expect(roundAsMember.body.text).toBe('Only admins of this community can do that.');
    expect(asAdmin.body.text).not.toBe(asMember.body.text);
    expect(help.body.text).toContain('I don\'t know "frobnicate"');
    expect(help.body.text).toContain('/intro admin round');
  });

  it('GIVEN app_uninstalled THEN the workspace’s community and members are deleted, with a ledger line', async () => {
    const res = await h.post(eventCallback({ teamId: TEAM, event: appUninstalled() }));

    expect(res.status).toBe(200);
    expect(await findCommunity(h.runtime.db, community)).toBeUndefined();
    const ledger = await h.runtime.db.query<{ reason: string }>(`SELECT reason FROM deletion_ledger`);
    expect(ledger.rows.map((r) => r.reason)).toContain('uninstall');
    const left = await h.runtime.db.query(`SELECT 1 FROM members`);
    expect(left.rowCount).toBe(0);
  });
});

/** `view.state.values` as Slack sends it for the profile form. */
function formValues(v: Record<string, string | undefined>) {
  const text = (value: string | undefined) => ({ value: { type: 'plain_text_input', value: value ?? null } });
  return {
    hobbies: text(v['hobbies']),
    volunteer: text(v['volunteer']),
    industry: text(v['industry']),
    timezone: text(v['timezone']),
    cadence: {
      value: {
        type: 'static_select',
        selected_option: {
          text: { type: 'plain_text' as const, text: 'x' },
          value: v['cadence'] ?? 'weekly',
        },
      },
    },
  };
}
