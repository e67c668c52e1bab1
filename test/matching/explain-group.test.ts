import { describe, expect, it } from 'vitest';
import { ICEBREAKERS, OPEN_ICEBREAKERS } from '../../src/matching/icebreaker-templates.ts';
import { interestCategory } from '../../src/matching/interest-categories.ts';
import { matchMembers } from '../../src/matching/match-members.ts';
import { pickIcebreaker } from '../../src/matching/pick-icebreaker.ts';
import { groupWith, member } from './roster.ts';

const WORK_WORDS = /\b(work|job|career|company|office|industry|colleague|boss|salary|employer|profession)/i;

describe('why and icebreaker', () => {
  it('says what the pair shares, how rare it is and that they work in different fields, without names', () => {
    const members = [
      member('a', ['bouldering', 'reading'], { name: 'Ada', industry: 'finance' }),
      member('b', ['bouldering', 'reading'], { name: 'Ben', industry: 'health' }),
      member('c', ['bouldering', 'reading'], { name: 'Cy', industry: 'finance' }),
      member('d', ['bouldering', 'reading'], { name: 'Di', industry: 'health' }),
      ...Array.from({ length: 96 }, (_, i) => member(`r${i}`, ['reading'], { name: `Reader ${i}` })),
    ];
    const group = groupWith(matchMembers(members), 'a')!;
    expect(group.why).toBe(
      'You both love bouldering — a hobby only 4 people here share — and you have 1 more interest in common and work in different fields.',
    );
    expect(group.shared).toEqual({ hobbies: ['bouldering', 'reading'], volunteer: [] });
    for (const name of ['Ada', 'Ben', 'Cy', 'Di']) {
      expect(group.why).not.toContain(name);
      expect(group.icebreaker).not.toContain(name);
    }
  });

  it('builds the icebreaker on the rarest shared interest', () => {
    const members = [
      member('a', ['reading', 'bouldering']),
      member('b', ['reading', 'bouldering']),
      member('c', ['reading']),
      member('d', ['reading']),
    ];
    expect(groupWith(matchMembers(members), 'a')?.icebreaker).toMatch(/bouldering/);
  });

  it('talks about a shared cause as a cause', () => {
    const members = [
      member('a', ['chess'], { volunteer: ['Food Banks'] }),
      member('b', [], { volunteer: ['foodbank'] }),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const group = groupWith(matchMembers(members), 'a')!;
    expect(group.why).toBe(
      'You both give time to the same cause, food bank — a cause only 2 people here share.',
    );
    expect(group.icebreaker).toMatch(/^Food bank: /);
  });

  it('picks templates by category and kind', () => {
    expect(interestCategory('hobby', 'hiking')).toBe('outdoors');
    expect(interestCategory('hobby', 'board games')).toBe('games');
    expect(interestCategory('hobby', 'guitar')).toBe('music');
    expect(interestCategory('hobby', 'sourdough')).toBe('food');
    expect(interestCategory('hobby', 'science fiction')).toBe('reading');
    expect(interestCategory('hobby', 'running')).toBe('sports');
    expect(interestCategory('hobby', 'martial art')).toBe('sports');
    expect(interestCategory('hobby', 'falconry')).toBe('hobby');
    expect(interestCategory('volunteer', 'food bank')).toBe('hunger');
    expect(interestCategory('volunteer', 'animal shelter')).toBe('animals');
    expect(interestCategory('volunteer', 'woman shelter')).toBe('community');
    expect(interestCategory('volunteer', 'tutoring')).toBe('education');
    expect(interestCategory('volunteer', 'choir for charity')).toBe('cause');
  });

  it('never steers the conversation towards work', () => {
    for (const template of [...Object.values(ICEBREAKERS).flat(), ...OPEN_ICEBREAKERS]) {
      expect(template).not.toMatch(WORK_WORDS);
    }
  });

  it('gives an open question to a group that shares nothing yet', () => {
    expect(OPEN_ICEBREAKERS).toContain(pickIcebreaker(null, 1, 'a,b'));
  });

  it('chooses the same icebreaker for the same seed and group, whatever else is in the round', () => {
    const topic = { kind: 'hobby' as const, name: 'chess' };
    expect(pickIcebreaker(topic, 5, 'a,b')).toBe(pickIcebreaker(topic, 5, 'a,b'));
    const variety = new Set(Array.from({ length: 30 }, (_, seed) => pickIcebreaker(topic, seed, 'a,b')));
    expect(variety.size).toBeGreaterThan(1);
  });
});
