import { describe, expect, it } from 'vitest';
import { parseProfileForm } from '../../../adapters/discord/profile-form.ts';
import { profileModal } from '../../../adapters/discord/profile-modal.ts';

describe('profile modal', () => {
  it('prefills the profile and puts popular interests in the placeholders, within Discord limits', () => {
    const modal = profileModal({
      member: { cadence: 'biweekly' },
      profile: { hobbies: ['chess', 'hiking'], volunteer: [], industry: 'finance', timezone: null },
      popular: {
        hobbies: Array.from({ length: 30 }, (_, i) => `hobby number ${i}`),
        volunteer: ['food bank'],
      },
    });
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(modal.components).toHaveLength(5);
    const inputs = modal.components.map((c) => ('component' in c ? c.component : undefined));
    const byId = Object.fromEntries(inputs.map((i) => [i && 'custom_id' in i ? i.custom_id : '', i]));
    expect(byId['hobbies']).toMatchObject({ value: 'chess, hiking' });
    expect(byId['hobbies']).not.toHaveProperty('label');
    expect((byId['hobbies'] as { placeholder: string }).placeholder).toMatch(/^Popular here: hobby number 0/);
    expect((byId['hobbies'] as { placeholder: string }).placeholder.length).toBeLessThanOrEqual(100);
    expect(byId['volunteer']).toMatchObject({ placeholder: 'Popular here: food bank' });
    expect(byId['volunteer']).not.toHaveProperty('value');
    expect(byId['cadence']).toMatchObject({ value: 'biweekly' });
    expect(byId['industry']).toMatchObject({ value: 'finance' });
  });

  it('parses a submit; empty interest boxes stay unchanged but one must be filled', () => {
    expect(
      parseProfileForm({
        hobbies: ' Chess ',
        volunteer: '',
        industry: '',
        cadence: 'Monthly',
        timezone: 'Europe/Paris',
      }),
    ).toEqual({
      ok: true,
      input: {
        hobbies: 'Chess',
        volunteer: undefined,
        industry: null,
        timezone: 'Europe/Paris',
        cadence: 'monthly',
      },
    });
    expect(parseProfileForm({ hobbies: '', volunteer: ' ' })).toEqual({ ok: false, problem: 'form.empty' });
    expect(parseProfileForm({ hobbies: 'x'.repeat(1001) })).toEqual({ ok: false, problem: 'form.invalid' });
  });

  it('keeps the old cadence when "how often" is unreadable, and says so', () => {
    const parsed = parseProfileForm({ hobbies: 'chess', cadence: 'daily' });
    expect(parsed).toMatchObject({ ok: true, cadenceIgnored: 'daily', input: { cadence: undefined } });
    expect(parseProfileForm({ hobbies: 'chess', cadence: 'bi-weekly' })).toMatchObject({
      input: { cadence: 'biweekly' },
    });
  });
});
