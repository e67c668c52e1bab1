import { describe, expect, it } from 'vitest';
import { slackBodyProblem } from '../../../adapters/slack/slack-body-shape.ts';
import {
  eventCallback,
  reactionAdded,
  slashCommand,
  urlVerification,
} from '../../fakes/slack/signed-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const payload = (value: unknown) => `payload=${encodeURIComponent(JSON.stringify(value))}`;

describe('the shape of a Slack request body', () => {
  it('GIVEN what Slack sends THEN there is no problem', () => {
    const command = slashCommand({ teamId: 'T1', userId: 'U1', text: 'join', responseUrl: 'http://x/' });
    expect(slackBodyProblem(command.contentType, command.body)).toBeUndefined();
    const event = eventCallback({
      teamId: 'T1',
      event: reactionAdded({ user: 'U1', reaction: 'handshake', channel: 'D1', ts: '1.2', itemUser: 'UBOT' }),
    });
    expect(slackBodyProblem(event.contentType, event.body)).toBeUndefined();
    expect(slackBodyProblem(JSON_TYPE, urlVerification().body)).toBeUndefined();
    expect(slackBodyProblem(FORM, 'ssl_check=1&token=x')).toBeUndefined();
    const click = { type: 'block_actions', user: { id: 'U1' }, team: null, actions: [{ action_id: 'a' }] };
    expect(slackBodyProblem(FORM, payload(click))).toBeUndefined();
  });

  it('GIVEN bodies that crash Bolt 5.1 THEN each is named as a problem', () => {
    expect(slackBodyProblem(JSON_TYPE, 'null')).toBeDefined();
    expect(slackBodyProblem(FORM, 'payload=null')).toBeDefined();
    expect(slackBodyProblem(JSON_TYPE, '[]')).toBeDefined();
    expect(slackBodyProblem(JSON_TYPE, '{')).toBeDefined();
    expect(slackBodyProblem(FORM, 'command=%2Fintro&team_id=T1')).toBeDefined();
    const event = (e: unknown) =>
      JSON.stringify({ type: 'event_callback', event_id: 'Ev1', team_id: 'T1', event: e });
    expect(slackBodyProblem(JSON_TYPE, event({ type: 'reaction_added', item: true }))).toBeDefined();
    expect(slackBodyProblem(JSON_TYPE, event({ type: 'reaction_added', item: null }))).toBeDefined();
    expect(slackBodyProblem(JSON_TYPE, event(null))).toBeDefined();
    expect(
      slackBodyProblem(
        JSON_TYPE,
        JSON.stringify({ type: 'event_callback', team_id: 'T1', event: { type: 'x' } }),
      ),
    ).toBeDefined();
    expect(slackBodyProblem(FORM, payload({ type: 'view_submission', user: { id: 'U1' } }))).toBeDefined();
    expect(
      slackBodyProblem(FORM, payload({ type: 'block_actions', user: { id: 'U1' }, actions: {} })),
    ).toBeDefined();
    expect(
      slackBodyProblem(FORM, payload({ type: 'block_suggestion', user: { id: 'U1' }, channel: null })),
    ).toBeDefined();
  });
});
