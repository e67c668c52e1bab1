#!/usr/bin/env node
// The `kindred` command runs the JavaScript compiled into dist/ (`npm install` builds it;
// `npm run build` rebuilds it). Stack traces name the TypeScript lines through the source
// maps. The platform adapters are composed here, outside src/, because the core never
// imports them; they are loaded only when their credentials are set.
process.setSourceMapsEnabled(true);

let cli, adapters;
try {
  [cli, adapters] = await Promise.all([import('../dist/src/cli.js'), import('../dist/adapters/index.js')]);
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('/dist/')) throw err;
  process.stderr.write('kindred is not built yet: run `npm run build` (npm install does it).\n');
  process.exit(1);
}
process.exitCode = await cli.runCli(process.argv.slice(2), {
  adapters: adapters.adapterFactories,
  commands: adapters.adapterCommands,
});
