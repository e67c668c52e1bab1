import type { PairDataset } from './pair-dataset.ts';
import {
  GLOBAL_FEATURES,
  GLOBAL_PRIOR,
  GLOBALS,
  INTEREST_PRIOR_SD,
  RATER_PRIOR_SD,
  type Coefficient,
  type PairModel,
} from './pair-model.ts';
import { cholesky, invertSpd, solveCholesky } from './small-matrix.ts';

const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Gradient and curvature of the negative log posterior at one point. */
interface Curvature {
  value: number;
  grad: Float64Array;
  /** The globals' block of the Hessian, in full. */
  globalBlock: Float64Array;
  /** Each sparse coefficient's column of the globals-by-sparse block (GLOBALS numbers each). */
  cross: Float64Array;
  /** The sparse coefficients' diagonal of the Hessian, exact and inflated (see `touch`). */
  diagonal: Float64Array;
  bound: Float64Array;
  evidence: Float64Array;
}

/**
 * MAP fit of the pair model (penalised logistic regression on sparse features) by Newton
 * steps that treat the few global coefficients exactly and each interest and rater
 * coefficient through its diagonal: the global block is solved against its Schur
 * complement, which handles what the two share (the intercept against the raters' mean,
 * the overall effect against the kinds'), so a fit takes a handful of passes over the data.
 * The same curvature at the MAP gives the Laplace posterior: a full covariance for the
 * globals and a standard deviation per interest and rater. `start` warm-starts from the
 * previous round's model.
 */
export function fitPairModel(
  data: PairDataset,
  options: { start?: PairModel; maxIterations?: number } = {},
): PairModel {
  const interests = data.interestKeys.length;
  const raters = data.raterIds.length;
  const sparse = interests + raters;
  const size = GLOBALS + sparse;
  const priorMean = new Float64Array(size);
  const priorPrecision = new Float64Array(size);
  GLOBAL_FEATURES.forEach((f, j) => {
    priorMean[j] = GLOBAL_PRIOR[f][0];
    priorPrecision[j] = 1 / GLOBAL_PRIOR[f][1] ** 2;
  });
  priorPrecision.fill(1 / INTEREST_PRIOR_SD ** 2, GLOBALS, GLOBALS + interests);
  priorPrecision.fill(1 / RATER_PRIOR_SD ** 2, GLOBALS + interests);

  let x = Float64Array.from(priorMean);
  const start = options.start;
  if (start) {
    x.set(start.global);
    data.interestKeys.forEach((k, s) => (x[GLOBALS + s] = start.interests.get(k)?.mean ?? 0));
    data.raterIds.forEach((id, s) => (x[GLOBALS + interests + s] = start.raters.get(id)?.mean ?? 0));
  }

  const { rows, dense, interestStart, interestSlot, rater, genuine, weight } = data;
  const logit = (at: Float64Array, r: number): number => {
    let z = 0;
    for (let j = 0; j < GLOBALS; j++) z += dense[r * GLOBALS + j]! * at[j]!;
    for (let k = interestStart[r]!; k < interestStart[r + 1]!; k++) z += at[GLOBALS + interestSlot[k]!]!;
    return z + at[GLOBALS + interests + rater[r]!]!;
  };
  const objective = (at: Float64Array): number => {
    let value = 0;
    for (let j = 0; j < size; j++) value += 0.5 * priorPrecision[j]! * (at[j]! - priorMean[j]!) ** 2;
    for (let r = 0; r < rows; r++) {
      const z = logit(at, r);
      value += weight[r]! * (softplus(z) - genuine[r]! * z);
    }
    return value;
  };
  const curvatureAt = (at: Float64Array): Curvature => {
    const grad = new Float64Array(size);
    const globalBlock = new Float64Array(GLOBALS * GLOBALS);
    const cross = new Float64Array(sparse * GLOBALS);
    const diagonal = new Float64Array(sparse);
    const bound = new Float64Array(sparse);
    const evidence = new Float64Array(sparse);
    let value = 0;
    for (let j = 0; j < size; j++) {
      const d = at[j]! - priorMean[j]!;
      value += 0.5 * priorPrecision[j]! * d * d;
      grad[j] = priorPrecision[j]! * d;
      if (j < GLOBALS) globalBlock[j * GLOBALS + j] = priorPrecision[j]!;
      else diagonal[j - GLOBALS] = bound[j - GLOBALS] = priorPrecision[j]!;
    }
    // The sparse block's diagonal is inflated by how many sparse coefficients share the row
    // (h·vvᵀ ≼ m·h·diag(v²)), so with it the whole Hessian approximation stays an upper bound
    // and the reduced globals' block positive definite.
    const touch = (s: number, c: number, h: number, w: number, row: number, m: number) => {
      grad[GLOBALS + s] = grad[GLOBALS + s]! + c;
      diagonal[s] = diagonal[s]! + h;
      bound[s] = bound[s]! + m * h;
      evidence[s] = evidence[s]! + w;
      for (let j = 0; j < GLOBALS; j++)
        cross[s * GLOBALS + j] = cross[s * GLOBALS + j]! + h * dense[row + j]!;
    };
    for (let r = 0; r < rows; r++) {
      const z = logit(at, r);
      const w = weight[r]!;
      const p = sigmoid(z);
      value += w * (softplus(z) - genuine[r]! * z);
      const c = w * (p - genuine[r]!);
      const h = w * p * (1 - p);
      const row = r * GLOBALS;
      for (let i = 0; i < GLOBALS; i++) {
        const xi = dense[row + i]!;
        if (xi === 0) continue;
        grad[i] = grad[i]! + c * xi;
        for (let j = 0; j < GLOBALS; j++)
          globalBlock[i * GLOBALS + j] = globalBlock[i * GLOBALS + j]! + h * xi * dense[row + j]!;
      }
      const m = 1 + interestStart[r + 1]! - interestStart[r]!;
      for (let k = interestStart[r]!; k < interestStart[r + 1]!; k++)
        touch(interestSlot[k]!, c, h, w, row, m);
      touch(interests + rater[r]!, c, h, w, row, m);
    }
    return { value, grad, globalBlock, cross, diagonal, bound, evidence };
  };
  /** The globals' precision with the sparse coefficients integrated out (their diagonal kept). */
  const schur = (k: Curvature): Float64Array => {
    const m = Float64Array.from(k.globalBlock);
    for (let s = 0; s < sparse; s++) {
      const d = k.bound[s]!;
      for (let i = 0; i < GLOBALS; i++) {
        const bi = k.cross[s * GLOBALS + i]!;
        if (bi === 0) continue;
        for (let j = 0; j < GLOBALS; j++)
          m[i * GLOBALS + j] = m[i * GLOBALS + j]! - (bi * k.cross[s * GLOBALS + j]!) / d;
      }
    }
    return m;
  };

  let k = curvatureAt(x);
  let iterations = 0;
  const maxIterations = options.maxIterations ?? 50;
  while (iterations < maxIterations) {
    let largest = 0;
    for (let j = 0; j < size; j++) largest = Math.max(largest, Math.abs(k.grad[j]!));
    if (largest < 1e-4) break;
    iterations++;
    // Newton direction with the sparse block taken as diagonal: eliminate it, solve the globals.
    const reduced = schur(k);
    const rhs = new Float64Array(GLOBALS);
    for (let i = 0; i < GLOBALS; i++) rhs[i] = -k.grad[i]!;
    for (let s = 0; s < sparse; s++) {
      const ratio = k.grad[GLOBALS + s]! / k.bound[s]!;
      for (let i = 0; i < GLOBALS; i++) rhs[i] = rhs[i]! + k.cross[s * GLOBALS + i]! * ratio;
    }
    const step = new Float64Array(size);
    step.set(solveCholesky(cholesky(reduced, GLOBALS), rhs, GLOBALS));
    for (let s = 0; s < sparse; s++) {
      let b = 0;
      for (let i = 0; i < GLOBALS; i++) b += k.cross[s * GLOBALS + i]! * step[i]!;
      step[GLOBALS + s] = (-k.grad[GLOBALS + s]! - b) / k.diagonal[s]!;
    }
    let slope = 0;
    for (let j = 0; j < size; j++) slope += k.grad[j]! * step[j]!;
    // Backtracking: the diagonal treatment of interests and raters can overshoot.
    let t = 1;
    let next = x;
    let accepted = false;
    for (let tries = 0; tries < 30 && slope < 0; tries++, t /= 2) {
      next = Float64Array.from(x, (v, j) => v + t * step[j]!);
      if (objective(next) <= k.value + 1e-4 * t * slope) {
        accepted = true;
        break;
      }
    }
    if (!accepted) break;
    x = next;
    const before = k.value;
    k = curvatureAt(x);
    if (before - k.value < 1e-7 * Math.max(1, Math.abs(k.value))) break;
  }

  const coefficient = (s: number): Coefficient => ({
    mean: x[GLOBALS + s]!,
    sd: 1 / Math.sqrt(k.diagonal[s]!),
    evidence: k.evidence[s]!,
  });
  return {
    global: x.slice(0, GLOBALS),
    globalCovariance: invertSpd(schur(k), GLOBALS),
    interests: new Map(data.interestKeys.map((key, s) => [key, coefficient(s)])),
    raters: new Map(data.raterIds.map((id, s) => [id, coefficient(interests + s)])),
    evidence: weight.reduce((a, b) => a + b, 0),
    signals: rows,
    iterations,
  };
}
