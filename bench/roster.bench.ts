/**
 * Roster parsing benchmark: how long `kindred match` and the dashboard import take to read a
 * members file of 20,000 rows (the import's limit), beside a baseline measured in the same
 * run: decoding the bytes and splitting the CSV only, with no checks. Also the time to
 * refuse a Latin-1 file whose only bad byte is on its last line, beside a plain decode.
 * Each figure is the median of 7 runs after 2 warm-up runs, in one process.
 * Usage: npm run bench:roster [-- --rows N]
 */
import { prepareImport } from '../src/http/dashboard/import/prepare-import.ts';
import { mulberry32 } from '../src/matching/random.ts';
import { csvRecords } from '../src/roster/csv.ts';
import { parseMembersFile } from '../src/roster/parse-members-file.ts';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 20_000;
const HOBBIES = [
  'hiking',
  'chess',
  'sourdough',
  'bouldering',
  'jazz',
  'board games',
  'running',
  'knitting',
  'go',
];
const CAUSES = ['food bank', 'mentoring', 'animal shelter', 'tree planting', 'literacy'];
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris', ''];

function rosterCsv(rows: number, lastName: string): string {
  const rng = mulberry32(7);
  const pick = (list: string[], n: number) =>
    Array.from({ length: n }, () => list[Math.floor(rng() * list.length)]!).filter(
      (v, i, a) => a.indexOf(v) === i,
    );
  const lines = ['id,name,hobbies,volunteer,industry,timezone'];
  for (let i = 0; i < rows; i++) {
    const name = i === rows - 1 ? lastName : `Member ${i}`;
    const hobbies = `"${pick(HOBBIES, 1 + Math.floor(rng() * 5)).join(', ')}"`;
    const causes = pick(CAUSES, Math.floor(rng() * 3)).join(';');
    lines.push(`u${i},${name},${hobbies},${causes},finance,${ZONES[i % ZONES.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

function median(run: () => unknown): number {
  for (let i = 0; i < 2; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[3]!;
}

const good = new TextEncoder().encode(rosterCsv(ROWS, 'Zoë'));
const latin1 = Uint8Array.from(rosterCsv(ROWS, 'Zoë'), (c) => c.charCodeAt(0) & 0xff);
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`benchmark input not as expected: ${what}`);
};
check(parseMembersFile(good, 'm.csv').ok, 'the good file parses');
check(!parseMembersFile(latin1, 'm.csv').ok, 'the Latin-1 file is refused');

const baseline = median(() => csvRecords(new TextDecoder().decode(good)));
const rows: Array<[string, number, number]> = [
  ['kindred match: parseMembersFile', median(() => parseMembersFile(good, 'm.csv')), baseline],
  ['dashboard import: prepareImport', median(() => prepareImport(good, 'm.csv')), baseline],
  [
    'refuse Latin-1 (bad byte on last line)',
    median(() => parseMembersFile(latin1, 'm.csv')),
    median(() => new TextDecoder().decode(latin1)),
  ],
];
console.log(`roster of ${ROWS} members, ${(good.length / 1e6).toFixed(2)} MB; median of 7 runs, ms`);
console.log(`${'what'.padEnd(40)} ${'ms'.padStart(8)} ${'baseline'.padStart(9)}  ratio`);
for (const [what, ms, base] of rows)
  console.log(
    `${what.padEnd(40)} ${ms.toFixed(1).padStart(8)} ${base.toFixed(1).padStart(9)}  ${(ms / base).toFixed(1)}x`,
  );
console.log('baseline: decode + CSV split only (rows 1-2); a non-fatal TextDecoder decode (row 3)');
