import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Kindred's Prometheus metrics, one registry per process (tests make their own). */
export function createMetrics(options: { defaults?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry, prefix: 'kindred_' });
  return {
    registry,
    commands: new Counter({
      name: 'kindred_commands_total',
      help: '/intro commands handled, by platform, word and outcome',
      labelNames: ['platform', 'word', 'outcome'] as const,
      registers: [registry],
    }),
    rounds: new Counter({
      name: 'kindred_rounds_total',
      help: 'Rounds planned, by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'kindred_deliveries_total',
      help: 'Outbox deliveries, by kind and result (sent, rate_limited, temporary, permanent)',
      labelNames: ['kind', 'result'] as const,
      registers: [registry],
    }),
    feedback: new Counter({
      name: 'kindred_feedback_total',
      help: 'Feedback answers recorded, by answer',
      labelNames: ['answer'] as const,
      registers: [registry],
    }),
    outboxPending: new Gauge({
      name: 'kindred_outbox_pending',
      help: 'Deliveries waiting in the outbox (pending or being sent), counted when scraped',
      registers: [registry],
    }),
    processErrors: new Counter({
      name: 'kindred_process_errors_total',
      help: 'Errors that reached the process: unhandled_rejection (logged, serving goes on) or uncaught_exception (clean stop)',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    deliveryRemaining: new Gauge({
      name: 'kindred_round_delivery_remaining',
      help: "Intros of each community's latest round still to send, counted when scraped",
      labelNames: ['community'] as const,
      registers: [registry],
    }),
    deliveryEtaSeconds: new Gauge({
      name: 'kindred_round_delivery_eta_seconds',
      help: "Estimated seconds until the latest round's intros are all sent, at the recent pace",
      labelNames: ['community'] as const,
      registers: [registry],
    }),
    matchSeconds: new Histogram({
      name: 'kindred_match_seconds',
      help: 'Time to match one round',
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
