// PGlite by itself, the floor under Kindred's embedded start: opens (creating when new)
// the cluster in argv[2], runs one query, waits for the heap to settle, and prints
// {"ms": time to the first answer, "rssMb": resident memory} as one JSON line.
import { PGlite } from '@electric-sql/pglite';

const started = performance.now();
const db = await PGlite.create(process.argv[2]);
await db.query('SELECT 1');
const ms = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, Number(process.argv[3] ?? 0)));
console.log(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 2 ** 20 }));
await db.close();
