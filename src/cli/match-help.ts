import { PROFILE_LIMITS } from '../members/profile-rules.ts';
import { MATCH_USAGE } from './match-args.ts';

/** The section of README.md that shows the roster file formats in full. */
export const ROSTER_README_SECTION = 'README.md, section "Roster files"';

/** `kindred match --help`: the options, the members columns, the list separators and an example. */
export function matchHelp(): string {
  const L = PROFILE_LIMITS;
  return `${MATCH_USAGE}

Matches a roster offline (no database, no chat platform) and prints the groups.

Options:
  --members FILE       the members: CSV with a header row, or a JSON array (required)
  --history FILE       past introductions, a JSON array, oldest first
  --seed N             the same files and seed give the same groups (default 0)
  --cooldown N         rounds before two people may be introduced again (default 6)
  --group-size N       people per group, 2 to 8 (default 2); a few groups get one more
                       so that nobody is left out
  --format json|text   json (default) or readable text

Members columns (CSV header, or JSON keys); only id is required:
  id          unique member id, up to ${L.idLength} characters
  name        display name, up to ${L.nameLength} characters
  hobbies     list: what the member does for fun
  volunteer   list: causes the member gives time to
  industry    field of work, up to ${L.industryLength} characters; used to favour meeting other fields,
              never as a topic
  timezone    IANA time zone, e.g. Europe/London
  blocked     list: ids this member must never be introduced to
  priority    number, 0 or more; above 0 is matched first (sat out last time)

Lists: in a CSV cell, separate entries with ";" or ","; quote a cell that holds a comma:
"hiking, chess" and hiking;chess are both two interests. In JSON a list is an array.
At most ${L.interestsPerList} interests per list, each up to ${L.interestLength} characters: the same rules as /intro.

Encoding: UTF-8, or UTF-16 with a byte-order mark (Excel's "Unicode text", tab-separated).
Columns may be separated by commas, tabs or semicolons, as the header row shows.

Example members.csv:
  id,name,hobbies,volunteer,industry,timezone,blocked
  u1,Ada,"hiking, chess",food bank,finance,Europe/London,u3
  u2,Grace,chess;baking,,engineering,America/New_York,
  u3,Alan,baking,food bank,,,

History (JSON; feedback is genuine, transactional or no_show):
  [{"round":"2026-11-02","members":["u1","u2"],"feedback":{"u1":"genuine"}}]

The file formats in full, with JSON examples and the output: ${ROSTER_README_SECTION}.
`;
}
