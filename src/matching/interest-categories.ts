import type { InterestKind } from './types.ts';

export type HobbyCategory =
  'outdoors' | 'games' | 'music' | 'food' | 'reading' | 'sports' | 'arts' | 'crafts';
export type CauseCategory = 'animals' | 'environment' | 'education' | 'hunger' | 'community';
export type InterestCategory = HobbyCategory | CauseCategory | 'hobby' | 'cause';

// Words (after normalisation, so both "game" and the canonical "board games") that place an
// interest in a category. The first category with a matching word wins, so the order
// settles overlaps: "martial art" is sports before arts, a "woman shelter" is a community
// cause before any animal one.
const HOBBY_WORDS: Readonly<Record<HobbyCategory, string>> = {
  games:
    'game games chess go puzzle puzzles dungeons rpg role poker bridge sudoku crossword escape darts billiards trivia quiz pokemon lego',
  music:
    'music guitar piano choir singing band jazz drum violin cello ukulele dj karaoke opera orchestra concert vinyl song songwriting saxophone flute folk punk techno classical',
  food: 'cooking baking food coffee tea wine beer brewing homebrewing cocktail cheese bread sourdough barbecue bbq vegan restaurant fermentation chocolate pastry sushi ramen curry',
  reading:
    'reading book poetry writing novel fiction comics manga literature history philosophy podcasts journaling library',
  outdoors:
    'hiking camping climbing bouldering kayaking canoeing sailing birdwatching gardening fishing trail mountain mountaineering skiing snowboarding surfing paddleboarding nature walking backpacking stargazing astronomy foraging orienteering swimming diving scuba',
  sports:
    'running cycling football tennis basketball volleyball yoga pilates gym crossfit boxing martial karate judo jitsu badminton squash golf cricket rugby baseball hockey marathon triathlon rowing skating skateboarding frisbee fencing padel fitness weightlifting dancing',
  arts: 'painting drawing photography film movie cinema theatre theater improv comedy art museum sculpture animation design calligraphy illustration watercolour watercolor acting',
  crafts:
    'knitting crochet sewing pottery ceramics woodworking embroidery quilting origami making diy electronics 3d printing leatherwork jewellery jewelry model robotics carpentry',
};

const CAUSE_WORDS: Readonly<Record<CauseCategory, string>> = {
  community:
    'community neighbourhood neighborhood elderly senior refugee homeless woman domestic crisis hospice befriending blood library',
  animals: 'animal wildlife dog cat horse pet puppy kitten vet bird',
  hunger: 'food soup kitchen meal hunger pantry fridge',
  environment:
    'beach cleanup litter tree planting climate environment conservation recycling river park garden gardening ocean sustainability',
  education: 'tutoring mentoring literacy school reading coding homework teaching language esl stem',
};

// Object key order is the priority order.
const index = <C extends string>(table: Readonly<Record<C, string>>) =>
  (Object.entries(table) as Array<[C, string]>).map(
    ([category, words]) => [category, new Set(words.split(' '))] as const,
  );
const HOBBIES = index(HOBBY_WORDS);
const CAUSES = index(CAUSE_WORDS);

function categorise<C extends string>(
  name: string,
  table: ReadonlyArray<readonly [C, ReadonlySet<string>]>,
): C | null {
  const words = name.split(' ');
  for (const [category, keywords] of table) if (words.some((w) => keywords.has(w))) return category;
  return null;
}

/** The icebreaker category of an interest: a specific one when a keyword says so, else the kind's generic one. */
export function interestCategory(kind: InterestKind, name: string): InterestCategory {
  if (kind === 'hobby') return categorise(name, HOBBIES) ?? 'hobby';
  return categorise(name, CAUSES) ?? 'cause';
}
