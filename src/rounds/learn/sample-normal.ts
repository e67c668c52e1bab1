import type { Rng } from '../../matching/random.ts';

/** A standard normal draw (Box-Muller); 1 - u keeps the logarithm finite since rng() may return 0. */
export function sampleNormal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
