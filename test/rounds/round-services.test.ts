import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import type { HttpServer } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { PlatformRegistry } from '../../src/platform.ts';
import { createRoundServices } from '../../src/rounds/create-round-services.ts';
import { runRoundNow } from '../../src/rounds/run-round-now.ts';
import type { Runtime } from '../../src/runtime.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { useTestDb } from '../support/test-db.ts';
import { seedCommunity } from './seed-community.ts';
import { waitFor } from './support/spawn-child.ts';

describe('round services in a running Kindred', () => {
  const store = useTestDb('pglite');

  it('start delivery first and point wakeDelivery at it, so an admin round is posted at once', async () => {
    const platform = new MemoryPlatform();
    const platforms = new PlatformRegistry();
    platforms.register(platform);
    const runtime: Runtime = {
      config: {} as Config,
      db: store.db,
      log: silentLogger(),
      http: {} as HttpServer,
      metrics: createMetrics({ defaults: false }),
      platforms,
      clock: () => new Date(),
      wakeDelivery: () => {},
    };
    // A long poll interval: only the wake-up can explain a prompt delivery.
    const services = createRoundServices(runtime, { worker: { pollMs: 60_000 } });
    expect(services.map((s) => s.name)).toEqual(['delivery', 'scheduler']);
    for (const service of services) await service.start();
    try {
      const seeded = await seedCommunity(store.db, [{}, {}]);
      const result = await runRoundNow(runtime, seeded.community.id);
      expect(result.ok).toBe(true);
      await waitFor(() => platform.intros().length === 1, 10_000, 'the intro');
    } finally {
      for (const service of [...services].reverse()) await service.stop();
    }
    expect(await runtime.metrics.registry.getSingleMetricAsString('kindred_rounds_total')).toContain(
      'planned',
    );
  });
});
