// A module-resolution hook for tests: appends every URL a process resolves to the file
// named by KINDRED_TRACE_IMPORTS, so a test can tell which modules a command loaded.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.KINDRED_TRACE_IMPORTS) appendFileSync(process.env.KINDRED_TRACE_IMPORTS, `${result.url}\n`);
  return result;
}
