import {
  ENDS_IN_CHE,
  ENDS_IN_I,
  ENDS_IN_IC,
  ENDS_IN_IE,
  ENDS_IN_SIS,
  ENDS_IN_SSE,
  ENDS_IN_U,
  ENDS_IN_USE,
  NOT_MEN,
  NOT_PLURAL,
} from './word-lists.ts';

// Irregular plurals people actually type about hobbies and causes; the rules below would
// mangle them ("leaves" -> "leave", "people" stays "people").
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    people: 'person',
    children: 'child',
    women: 'woman',
    men: 'man',
    mice: 'mouse',
    lice: 'louse',
    geese: 'goose',
    teeth: 'tooth',
    feet: 'foot',
    oxen: 'ox',
    dice: 'die',
    monies: 'money',
    knives: 'knife',
    leaves: 'leaf',
    wolves: 'wolf',
    shelves: 'shelf',
    selves: 'self',
    elves: 'elf',
    thieves: 'thief',
    scarves: 'scarf',
    hooves: 'hoof',
    wharves: 'wharf',
    dwarves: 'dwarf',
    sheaves: 'sheaf',
    lives: 'life',
    wives: 'wife',
    halves: 'half',
    loaves: 'loaf',
    calves: 'calf',
    potatoes: 'potato',
    tomatoes: 'tomato',
    heroes: 'hero',
    echoes: 'echo',
    volcanoes: 'volcano',
    tornadoes: 'tornado',
    mosquitoes: 'mosquito',
    quizzes: 'quiz',
    cacti: 'cactus',
    fungi: 'fungus',
    stimuli: 'stimulus',
    nuclei: 'nucleus',
    radii: 'radius',
    criteria: 'criterion',
    phenomena: 'phenomenon',
    curricula: 'curriculum',
    millennia: 'millennium',
    symposia: 'symposium',
    indices: 'index',
    matrices: 'matrix',
    vertices: 'vertex',
    appendices: 'appendix',
  }),
);

// Irregular endings that also end compounds: "housewives", "bookshelves", "grandchildren",
// "sportswomen", "fishermen".
const IRREGULAR_TAILS = ['women', 'children', 'wives', 'shelves', 'knives', 'men'] as const;

function irregular(word: string): string | undefined {
  const exact = IRREGULAR.get(word);
  if (exact !== undefined) return exact;
  for (const tail of IRREGULAR_TAILS) {
    if (!word.endsWith(tail) || word.length < tail.length + 2) continue;
    // "specimen", "abdomen" and "regimen" end in "men" but are singular.
    if (tail === 'men' && NOT_MEN.has(word)) return undefined;
    return word.slice(0, -tail.length) + IRREGULAR.get(tail)!;
  }
  return undefined;
}

// "-ies" is "-y" ("charities") except for nouns whose singular ends in "-ie" ("movies").
function fromIes(word: string): string {
  const stem = word.slice(0, -3);
  return ENDS_IN_IE.has(`${stem}ie`) ? `${stem}ie` : `${stem}y`;
}

// "-es" after ch/sh/x/z/s is the plural ending ("matches", "boxes", "buses"), unless the
// singular itself ends in "-e" ("headaches", "niches").
function fromEs(word: string): string | undefined {
  const singularE = word.slice(0, -1);
  if (/(^|[^aeiou])aches$/.test(word) || ENDS_IN_CHE.has(singularE) || ENDS_IN_SSE.has(singularE))
    return singularE;
  if (/(ches|shes|xes|zzes|sses)$/.test(word)) return word.slice(0, -2);
  const stem = word.slice(0, -2);
  // "houses" and "causes" end in "-use"; "buses", "campuses" and "viruses" in "-us".
  if (/uses$/.test(word)) return /[oa]uses$/.test(word) || ENDS_IN_USE.has(`${stem}e`) ? `${stem}e` : stem;
  if (/ses$/.test(word) && ENDS_IN_SIS.has(`${stem}is`)) return `${stem}is`;
  if (/ses$/.test(word) && NOT_PLURAL.has(stem)) return stem;
  return undefined;
}

/**
 * A simple, predictable singular form of one lower-case word: "hikes" -> "hike",
 * "charities" -> "charity", "movies" -> "movie", "buses" -> "bus", "classes" -> "class".
 * Not a linguistic stemmer: it only has to map the singular and plural a person types to
 * the same key, and never two different words to one ("news", "physics", "darts" and
 * "lens" stay as they are).
 */
export function singulariseWord(word: string): string {
  const irregularForm = irregular(word);
  if (irregularForm !== undefined) return irregularForm;
  if (!word.endsWith('s') || NOT_PLURAL.has(word)) return word;
  // Three letters are too few to tell: "gas", "bus", "yes", and acronyms like "nhs".
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return fromIes(word);
  if (word.endsWith('es')) {
    const singular = fromEs(word);
    if (singular !== undefined) return singular;
  }
  // Names of fields and games ("physics", "athletics") are not plurals; "comics" and
  // "lyrics" are.
  if (word.endsWith('ics')) return ENDS_IN_IC.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  // "alibis" and "taxis" drop their "s"; "tennis" and "axis" keep it.
  if (word.endsWith('is')) return ENDS_IN_I.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  // "menus" and "bureaus" are plurals; "campus" and "famous" are not.
  if (/[ei]aus$|ieus$/.test(word) || ENDS_IN_U.has(word.slice(0, -1))) return word.slice(0, -1);
  if (/(ss|us|ous)$/.test(word)) return word;
  return word.slice(0, -1);
}
