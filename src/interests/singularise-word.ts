// Irregular plurals people actually type about hobbies and causes; the rules below would
// mangle them ("leaves" -> "leave", "people" stays "people").
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  women: 'woman',
  men: 'man',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  knives: 'knife',
  leaves: 'leaf',
  wolves: 'wolf',
  shelves: 'shelf',
  lives: 'life',
  wives: 'wife',
  halves: 'half',
  loaves: 'loaf',
  calves: 'calf',
  potatoes: 'potato',
  tomatoes: 'tomato',
  heroes: 'hero',
  volcanoes: 'volcano',
  cacti: 'cactus',
  fungi: 'fungus',
};

// Words that end in "s" but are not plurals; stripping it would create false matches
// ("news" -> "new") or nonsense ("chess" is already caught by the "ss" rule).
const NOT_PLURAL = new Set([
  'news',
  'series',
  'species',
  'bus',
  'gas',
  'yes',
  'lens',
  'canvas',
  'christmas',
  'diabetes',
  'herpes',
  'rabies',
  'measles',
  'mumps',
  'billiards',
  'darts',
  'lacrosse',
  'always',
  'sometimes',
  'perhaps',
  'whereas',
  'atlas',
  'alias',
  'bias',
  'iris',
  'pancreas',
  'kudos',
  'thanks',
]);

/**
 * A simple, predictable singular form of one lower-case word: "hikes" -> "hike",
 * "charities" -> "charity", "classes" -> "class", "boxes" -> "box". Not a linguistic
 * stemmer: it only has to map the singular and plural a person types to the same key.
 */
export function singulariseWord(word: string): string {
  // An own property only: "constructor" must not find Object's constructor.
  if (Object.hasOwn(IRREGULAR, word)) return IRREGULAR[word]!;
  if (word.length <= 3 || NOT_PLURAL.has(word) || !word.endsWith('s')) return word;
  if (/(ss|us|is|ics|ous|sis)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|zzes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
