const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

/** How far a 90% interval reaches either side of a Gaussian posterior's mean, in sds. */
export const Z90 = 1.645;

/** A coefficient as percentage points of the chance an intro feels genuine, with its 90% interval. */
export interface ChancePoints {
  points: number;
  low: number;
  high: number;
}

/**
 * What a log-odds coefficient (posterior mean and sd) does to a chance of `base`, in
 * percentage points: log-odds are not something an organiser reads, and the same
 * coefficient moves a 50% chance further than a 5% one, so the base is said beside it.
 */
export function chancePoints(mean: number, sd: number, base: number): ChancePoints {
  const z0 = logit(Math.min(0.95, Math.max(0.05, base)));
  const at = (b: number) => 100 * (sigmoid(z0 + b) - sigmoid(z0));
  return { points: at(mean), low: at(mean - Z90 * sd), high: at(mean + Z90 * sd) };
}

/** "+3.2", "−0.4": a signed figure with one decimal, as points are read. */
export const signed = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${Math.abs(r).toFixed(1)}` : '0.0';
};

/** "adds about 3.2 points (90% interval −0.4 to +6.8)" in words, for the sentences on the page. */
export function pointsInWords(c: ChancePoints): string {
  const size = Math.abs(Math.round(c.points * 10) / 10).toFixed(1);
  const verb =
    c.points >= 0.05
      ? `adds about ${size}`
      : c.points <= -0.05
        ? `takes about ${size}`
        : 'changes by about 0.0';
  const off = c.points <= -0.05 ? ' off' : '';
  return `${verb} points${off} (90% interval ${signed(c.low)} to ${signed(c.high)})`;
}
