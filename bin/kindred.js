#!/usr/bin/env node
// The `kindred` command. TypeScript runs through tsx, so there is no build step. The
// platform adapters are composed here, outside src/, because the core never imports them.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
const { adapterFactories, adapterCommands } = await import('../adapters/index.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  adapters: adapterFactories,
  commands: adapterCommands,
});
