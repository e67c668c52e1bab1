import type { Rng } from '../../matching/random.ts';

/** After this many temporary failures a delivery stops and is recorded as failed. */
export const MAX_ATTEMPTS = 6;
const BASE_MS = 2_000;
const CAP_MS = 15 * 60_000;

/**
 * Exponential backoff with jitter for the n-th temporary failure (1-based): 2 s, 4 s, 8 s…
 * up to 15 minutes, each drawn from the upper half of its window so a burst of failures
 * does not come back as a burst.
 */
export function retryDelayMs(attempt: number, rng: Rng): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + 0.5 * rng()));
}
