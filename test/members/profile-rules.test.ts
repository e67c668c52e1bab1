import { describe, expect, it } from 'vitest';
import { introCommandDefinitions } from '../../adapters/discord/command-definitions.ts';
import { parseProfileForm as parseDiscordForm } from '../../adapters/discord/profile-form.ts';
import { profileModal } from '../../adapters/discord/profile-modal.ts';
import { parseProfileForm as parseSlackForm } from '../../adapters/slack/views/profile-form-schema.ts';
import { profileModalView } from '../../adapters/slack/views/profile-modal-view.ts';
import { messageFor } from '../../src/commands/messages.ts';
import { parseIntroText } from '../../src/commands/parse-intro-text.ts';
import type { Member, MemberRef } from '../../src/domain/member.ts';
import { joinCommunity } from '../../src/members/join-community.ts';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';
import type { ProfileInput } from '../../src/members/update-profile.ts';
import { updateProfile } from '../../src/members/update-profile.ts';
import { parseMembersFile } from '../../src/roster/parse-members-file.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

const L = PROFILE_LIMITS;
const interests = (n: number) => Array.from({ length: n }, (_, i) => `hobby${i}`).join(', ');
const long = (n: number) => 'a'.repeat(n);

/** Slack's `view.state.values` for the profile form. */
const slackValues = (v: { hobbies?: string; industry?: string }) => {
  const text = (value: string | undefined) => ({ value: { value: value ?? null } });
  return {
    hobbies: text(v.hobbies),
    volunteer: text(undefined),
    industry: text(v.industry),
    timezone: text(undefined),
    cadence: { value: { selected_option: { value: 'weekly' } } },
  };
};

describe('the profile limits', () => {
  it('are the lengths every form, command option and command schema allows', () => {
    const member = { cadence: 'weekly' } as Member;
    const popular = { hobbies: [], volunteer: [] };
    const slack = profileModalView({ member, profile: undefined, popular });
    const slackMax = Object.fromEntries(
      slack.blocks.flatMap((b) => {
        const element = (b as { element?: { max_length?: number } }).element;
        return element?.max_length === undefined ? [] : [[b.block_id, element.max_length]];
      }),
    );
    const discord = profileModal({ member, profile: undefined, popular });
    const discordMax = Object.fromEntries(
      discord.components.flatMap((c) =>
        'component' in c && 'max_length' in c.component
          ? [[c.component.custom_id, c.component.max_length]]
          : [],
      ),
    );
    const expected = {
      hobbies: L.listTextLength,
      volunteer: L.listTextLength,
      industry: L.industryLength,
      timezone: L.timezoneLength,
    };
    expect(slackMax).toEqual(expected);
    expect(discordMax).toMatchObject(expected);
    const options = introCommandDefinitions()[0]!.options ?? [];
    for (const word of ['hobbies', 'volunteer']) {
      const sub = options.find((o) => o.name === word) as { options: Array<{ max_length?: number }> };
      expect(sub.options[0]!.max_length).toBe(L.listTextLength);
    }
    expect(parseIntroText(`hobbies ${long(L.listTextLength - 1)}`)).toMatchObject({ word: 'hobbies' });
    expect(parseIntroText(`hobbies ${long(L.listTextLength + 1)}`)).toMatchObject({ word: 'help' });
    // Past a box's limit, Slack's form says what the use-case would, under that box.
    expect(parseSlackForm(slackValues({ hobbies: 'chess', industry: long(L.industryLength + 1) }))).toEqual({
      ok: false,
      errors: { industry: messageFor('profile.industry_too_long', { limit: L.industryLength }) },
    });
    expect(parseDiscordForm({ hobbies: 'chess', industry: long(L.industryLength + 1) }).ok).toBe(false);
  });
});

describe.each(DRIVERS)('the same profile rules at every entry point on %s', (driver) => {
  const store = useTestDb(driver);

  /** Each entry point's verdict on one hobbies list and one industry, as a code or "ok". */
  const ENTRY_POINTS: Record<string, (hobbies: string, industry: string) => Promise<string>> = {
    'a roster file (kindred match, dashboard import)': async (hobbies, industry) => {
      const csv = `id,hobbies,industry\nu1,"${hobbies}",${industry}\n`;
      const parsed = parseMembersFile(csv, 'm.csv');
      if (parsed.ok) return 'ok';
      return /more than \d+ interests/.test(parsed.message)
        ? 'interests.too_many'
        : /longer than \d+ characters; shorten/.test(parsed.message)
          ? 'interests.too_long'
          : /industry is longer/.test(parsed.message)
            ? 'profile.industry_too_long'
            : parsed.message;
    },
    '/intro hobbies': async (hobbies, industry) => {
      const command = parseIntroText(`hobbies ${hobbies}`);
      if (command.word !== 'hobbies') return 'command refused';
      return save({ hobbies: command.interests, industry });
    },
    'the Slack profile form': async (hobbies, industry) => {
      const form = parseSlackForm(slackValues({ hobbies, industry }));
      return form.ok ? save(form.input) : 'form refused';
    },
    'the Discord profile form': async (hobbies, industry) => {
      const form = parseDiscordForm({ hobbies, industry });
      return form.ok ? save(form.input) : 'form refused';
    },
  };

  async function save(input: ProfileInput): Promise<string> {
    const ref: MemberRef = { platform: 'slack', externalId: uniqueId('T'), userId: uniqueId('U') };
    await joinCommunity({ db: store.db }, ref);
    const saved = await updateProfile({ db: store.db }, ref, input);
    return saved.ok ? 'ok' : saved.code;
  }

  it.each(Object.keys(ENTRY_POINTS))('GIVEN %s THEN the limits are the shared ones', async (name) => {
    const verdict = ENTRY_POINTS[name]!;
    expect(await verdict(interests(L.interestsPerList), long(L.industryLength))).toBe('ok');
    expect(await verdict(interests(L.interestsPerList + 1), 'finance')).toBe('interests.too_many');
    expect(await verdict(`chess, ${long(L.interestLength)}`, 'finance')).toBe('ok');
    expect(await verdict(`chess, ${long(L.interestLength + 1)}`, 'finance')).toBe('interests.too_long');
  });

  it.each(['a roster file (kindred match, dashboard import)', '/intro hobbies'])(
    'GIVEN %s THEN an industry one character too long is refused by the use-case rule',
    async (name) => {
      expect(await ENTRY_POINTS[name]!('chess', long(L.industryLength + 1))).toBe(
        'profile.industry_too_long',
      );
    },
  );
});
