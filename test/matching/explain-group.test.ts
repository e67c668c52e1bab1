import { describe, expect, it } from 'vitest';
import { ICEBREAKERS, OPEN_ICEBREAKERS } from '../../src/matching/icebreaker-templates.ts';
import { interestCategory } from '../../src/matching/interest-categories.ts';
import { matchMembers } from '../../src/matching/match-members.ts';
import { pickIcebreaker } from '../../src/matching/pick-icebreaker.ts';
import { groupWith, member } from './roster.ts';

const WORK_WORDS =
  /\b(work|job|career|company|office|industry|fields?|colleague|boss|salary|employer|profession)/i;

describe('why and icebreaker', () => {
  it('says in one line what the pair shares and that it is rare, without names or work', () => {
    const members = [
      member('a', ['bouldering', 'reading'], { name: 'Ada', industry: 'finance' }),
      member('b', ['bouldering', 'reading'], { name: 'Ben', industry: 'health' }),
      member('c', ['bouldering', 'reading'], { name: 'Cy', industry: 'finance' }),
      member('d', ['bouldering', 'reading'], { name: 'Di', industry: 'health' }),
      ...Array.from({ length: 96 }, (_, i) => member(`r${i}`, ['reading'], { name: `Reader ${i}` })),
    ];
    const group = groupWith(matchMembers(members), 'a')!;
    expect(group.why).toBe('You both love bouldering, which few people here list. You also share reading.');
    expect(group.shared).toEqual({ hobbies: ['bouldering', 'reading'], volunteer: [] });
    expect(group.why).not.toMatch(WORK_WORDS);
    for (const name of ['Ada', 'Ben', 'Cy', 'Di']) {
      expect(group.why).not.toContain(name);
      expect(group.icebreaker).not.toContain(name);
    }
  });

  it('tells two people who are the only ones with an interest so, without counting them', () => {
    const members = [
      member('a', ['falconry']),
      member('b', ['falconry']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    expect(groupWith(matchMembers(members), 'a')!.why).toBe(
      'You both love falconry — and nobody else here lists it.',
    );
  });

  it('names interests as people wrote them, never as matching keys', () => {
    const members = [
      member('a', ['Martial Arts', 'movies'], { volunteer: ["Women's shelter", 'AIDS awareness'] }),
      member('b', ['martial arts', 'Movies'], { volunteer: ['womens shelters', 'AIDS Awareness'] }),
      member('c', ['martial arts', 'movie']),
      member('x', ['chess']),
      member('y', ['chess']),
    ];
    const group = groupWith(matchMembers(members, { seed: 1 }), 'a')!;
    const text = `${group.why} ${group.icebreaker} ${JSON.stringify(group.shared)} ${JSON.stringify(group.sharedBy)}`;
    for (const key of [/\bmartial art\b/, /movy/, /woman shelter/, /aid awareness/])
      expect(text).not.toMatch(key);
    expect(text).toContain('martial arts');
    expect(text).toMatch(/AIDS [Aa]wareness/);
    expect(group.keys?.hobbies).toContain('martial art');
  });

  it('tells a trio what all of them share, who shares what else, and why they are three', () => {
    const members = [
      member('a', ['jazz', 'sourdough', 'chess'], { name: 'Ada' }),
      member('b', ['jazz', 'sourdough', 'chess'], { name: 'Ben' }),
      member('c', ['chess', 'pottery'], { name: 'Cy' }),
    ];
    const group = matchMembers(members).groups[0]!;
    expect(group.members).toHaveLength(3);
    expect(group.shared).toEqual({ hobbies: ['chess'], volunteer: [] });
    expect(group.sharedBy).toEqual([
      { interest: 'jazz', kind: 'hobby', members: ['a', 'b'] },
      { interest: 'sourdough', kind: 'hobby', members: ['a', 'b'] },
    ]);
    expect(group.why).toBe(
      'All three of you love chess. {@a} and {@b} also share jazz and sourdough. ' +
        'There was an odd number of people this round, so you are three rather than two.',
    );
    expect(group.icebreaker).toMatch(/chess/);
  });

  it('never tells a third person they share what only the other two share, and counts only what all hold', () => {
    const members = [
      member('a', ['jazz', 'sourdough', 'kites', 'origami'], { volunteer: ['food bank'] }),
      member('b', ['jazz', 'sourdough', 'kites', 'origami'], { volunteer: ['food bank'] }),
      member('c', ['pottery'], { volunteer: ['food bank'] }),
    ];
    const group = matchMembers(members).groups[0]!;
    expect(group.shared).toEqual({ hobbies: [], volunteer: ['food bank'] });
    expect(group.why).toMatch(/^All three of you volunteer for food bank\. /);
    expect(group.why).toContain('{@a} and {@b} also share jazz, kites and 2 more.');
    expect(group.why).not.toMatch(/\d+ more (things|interests) in common/);
    expect(group.icebreaker).not.toMatch(/jazz|sourdough|kites|origami/);
  });

  it('says plainly when a member of a trio shares nothing listed with the others', () => {
    const members = [member('a', ['jazz']), member('b', ['jazz']), member('c', ['pottery'])];
    const group = matchMembers(members).groups[0]!;
    expect(group.shared).toEqual({ hobbies: [], volunteer: [] });
    expect(group.why).toContain('{@a} and {@b} both share jazz.');
    expect(group.why).toContain('{@c} brings something new: nothing listed in common yet.');
    expect(OPEN_ICEBREAKERS).toContain(group.icebreaker);
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

  it('talks about a shared cause as a cause, spelled as the pair wrote it', () => {
    const members = [
      member('a', ['chess'], { volunteer: ['food bank'] }),
      member('b', [], { volunteer: ['foodbank'] }),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const group = groupWith(matchMembers(members), 'a')!;
    expect(group.why).toBe('You both volunteer for food bank — and nobody else here lists it.');
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
    expect(interestCategory('volunteer', 'library')).toBe('community');
    expect(interestCategory('volunteer', 'choir for charity')).toBe('cause');
  });

  it('asks a library volunteer nothing that only fits teaching', () => {
    const asked = Array.from({ length: 30 }, (_, seed) =>
      pickIcebreaker({ kind: 'volunteer', name: 'library' }, seed, 'a,b'),
    );
    for (const question of asked) expect(question).not.toMatch(/clicked|taught|teach/i);
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
