// Word lists behind the singulariser's exceptions. Each is a closed set of ordinary English
// words that the suffix rules would otherwise get wrong; keep them as data, sorted.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that end in "s" but are not plurals: stripping it would change the meaning ("news" -> "new"). */
export const NOT_PLURAL = set(`
  aids alias always atlas bias billiards bus canvas chaos christmas cosmos darts diabetes
  gas herpes iris kudos lacrosse lens measles mumps news pancreas perhaps rabies series
  sometimes species thanks whereas yes
`);

/** Singular nouns that end in "-ie", so their "-ies" plural is not "-y" ("movies", "cookies"). */
export const ENDS_IN_IE = set(`
  aussie anomie auntie baddie beanie birdie bookie bourgeoisie boogie brownie budgie calorie
  camaraderie collie commie cookie coterie cowrie dearie doggie eerie eyrie foodie freebie
  genie goalie goodie groupie hippie hoodie hottie indie junkie kiddie lassie laddie lie
  lingerie magpie menagerie movie necktie newbie nightie oldie pie pinkie pixie potpie
  prairie quickie reverie rookie roomie selfie smoothie sortie specie sweetie talkie techie
  tie townie veggie walkie wheelie yuppie zombie
`);

/** Singular nouns in "-che", so "niches" keeps its "e" (as does any "-ache": "headaches"). */
export const ENDS_IN_CHE = set(`
  apache attache avalanche brioche cache cliche cloche creche douche fiche gouache
  menarche microfiche moustache mustache niche pastiche psyche quiche seiche tranche
`);

/** Singular nouns in "-sse", so "posses" is not "poss". */
export const ENDS_IN_SSE = set(`crevasse finesse impasse lacrosse largesse posse`);

/** Singular nouns in "-u" whose "-us" plural is a plural, unlike "campus" or "virus". */
export const ENDS_IN_U = set(`
  bayou caribou emu flu gnu guru haiku impromptu juju kinkajou menu sudoku tiramisu tofu tutu
`);

/** Singular nouns in "-use" whose plural is not "-ouses" or "-auses" ("muses", "excuses"). */
export const ENDS_IN_USE = set(`
  abuse excuse fuse misuse muse overuse recluse refuse reuse ruse use
`);

/** Nouns in "-sis" (plural "-ses"): "analyses" -> "analysis", "crises" -> "crisis". */
export const ENDS_IN_SIS = set(`
  analysis antithesis catharsis crisis diagnosis dialysis emphasis genesis hypothesis
  metamorphosis nemesis neurosis oasis paralysis parenthesis prognosis prosthesis
  synopsis synthesis thesis
`);

/** Nouns in "-ic" whose "-ics" plural is a plural, unlike "physics" or "athletics". */
export const ENDS_IN_IC = set(`
  arsenic attic catholic classic cleric clinic comic critic cynic diabetic eccentric ecliptic epic epidemic eutectic fabric fanatic
  characteristic frolic heretic lyric medic mosaic mystic neurotic panic philippic picnic plastic relic republic romantic rubric
  schizophrenic skeptic sceptic stoic tactic tonic topic tropic tunic
`);

/** Nouns in "-i" whose "-is" plural is a plural, unlike "tennis" or "axis". */
export const ENDS_IN_I = set(`
  alibi alkali bikini chili chilli daiquiri deli emoji frangipani graffiti israeli khaki kiwi martini mini
  potpourri rabbi safari salami sari ski sushi swami taxi tsunami wiki yeti zucchini
`);

/** Singular nouns ending in "men", which is not the plural of "man" here. */
export const NOT_MEN = set(`
  abdomen acumen albumen bitumen cognomen dolmen foramen gravamen hymen lumen regimen
  rumen specimen stamen yemen
`);
