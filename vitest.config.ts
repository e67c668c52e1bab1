import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest runs cores - 1 files at once: one at a time on a 2-core machine. Most of the
    // suite waits on child processes, sockets and databases rather than the CPU, and every
    // file has databases of its own (a PGlite loaded from the dump, or a PostgreSQL database
    // copied from the template) and free ports, so two files run side by side. More did not pay
    // on a shared machine: each embedded database holds 300+ MB and a CPU while it loads.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
