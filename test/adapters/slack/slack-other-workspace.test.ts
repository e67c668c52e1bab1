import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_WORKSPACE_TEXT } from '../../../adapters/slack/listeners/workspace-guard.ts';
import { findCommunity } from '../../../src/store/community-repository.ts';
import {
  appHomeOpened,
  appUninstalled,
  blockActions,
  eventCallback,
  slashCommand,
} from '../../fakes/slack/signed-requests.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, TEAM, type SlackHarness } from './support/slack-harness.ts';

const OTHER_TEAM = 'T0ELSEWHERE';
const ADMIN = 'U0ADMIN01';

describe.each(DRIVERS)('Slack requests from a workspace Kindred is not installed in, on %s', (driver) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      users: [{ id: ADMIN, name: 'ada', is_admin: true }],
      admins: [ADMIN],
    });
  });
  afterAll(() => h?.stop());

  const other = { platform: 'slack' as const, externalId: OTHER_TEAM };
  const command = (text: string, teamId = OTHER_TEAM) =>
    h.post(slashCommand({ teamId, userId: ADMIN, text, responseUrl: h.fake.responseUrl() }));

  it('GIVEN a signed /intro join from another team THEN it is refused privately and no community is created', async () => {
    const res = await command('join');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_type: 'ephemeral', text: OTHER_WORKSPACE_TEXT });
    expect(await findCommunity(h.runtime.db, other)).toBeUndefined();
  });

  it('GIVEN a KINDRED_ADMINS user running admin words from another team THEN nothing runs there', async () => {
    for (const text of ['admin round', 'admin schedule 0 9 * * 1', 'admin stats']) {
      const res = await command(text);
      expect(JSON.parse(res.body).text).toBe(OTHER_WORKSPACE_TEXT);
    }
    expect(await findCommunity(h.runtime.db, other)).toBeUndefined();
    const rounds = await h.runtime.db.query('SELECT 1 FROM rounds');
    expect(rounds.rowCount).toBe(0);
  });

  it('GIVEN events and clicks from another team THEN they are acknowledged and have no effect', async () => {
    expect((await command('join', TEAM)).status).toBe(200);
    const home = await h.post(
      eventCallback({ teamId: OTHER_TEAM, event: appHomeOpened({ user: ADMIN, channel: 'D0X' }) }),
    );
    expect(home.status).toBe(200);
    expect(h.fake.workspace.homeViews.get(ADMIN)).toBeUndefined();
    const click = blockActions({
      teamId: OTHER_TEAM,
      userId: ADMIN,
      view: { id: 'V0OTHER', type: 'home' },
      actions: [{ action_id: 'kindred_home_pause', block_id: 'x' }],
    });
    expect((await h.post(click)).status).toBe(200);
    // An uninstall signed for another team must not purge the installed one.
    expect((await h.post(eventCallback({ teamId: OTHER_TEAM, event: appUninstalled() }))).status).toBe(200);
    const installed = await findCommunity(h.runtime.db, { platform: 'slack', externalId: TEAM });
    expect(installed).toBeDefined();
    const member = await h.runtime.db.query<{ status: string }>(
      'SELECT status FROM members WHERE community_id = $1',
      [installed!.id],
    );
    expect(member.rows).toEqual([{ status: 'active' }]);
  });

  it('GIVEN the installed team THEN commands still work', async () => {
    const res = await h.intro(ADMIN, 'help');
    expect(res.body.text).not.toBe(OTHER_WORKSPACE_TEXT);
  });
});
