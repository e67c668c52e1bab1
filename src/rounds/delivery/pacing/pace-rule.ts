/** How fast calls under one key may go. */
export interface PaceRule {
  /** Sustained calls per minute. */
  perMinute: number;
  /** Calls that may go back to back before the pace applies. */
  burst: number;
  /** A call worth making only if a slot is free now (seeding reactions): never waited for. */
  optional?: boolean;
}

/** Milliseconds between two calls at the rule's sustained rate. */
export const spacingMs = (rule: PaceRule): number => 60_000 / rule.perMinute;

/** How far ahead of the pace a burst may run, in milliseconds. */
export const toleranceMs = (rule: PaceRule): number => Math.max(0, rule.burst - 1) * spacingMs(rule);
