/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least
 * squares). Small and exact: a few dozen features and a few thousand examples converge in a
 * handful of steps, and the same data in the same order always gives the same numbers (no
 * randomness, a fixed order of summation), which `fit:nonanswers`'s refit test relies on.
 */

/** A fitted model: P(y = 1 | x) = 1 / (1 + e^-(bias + weights · x)). */
export interface Logistic {
  bias: number;
  weights: number[];
}

/** Stop when no parameter moves by more than this in a step. */
const TOLERANCE = 1e-10;
const MAX_STEPS = 100;

/**
 * Fits `labels` (true = 1) on the rows of `features`. `l2` penalises the sum of squared
 * weights (not the bias), which keeps rare features' weights small and the problem well posed
 * when a feature separates the data.
 */
export function fitLogistic(features: readonly (readonly number[])[], labels: readonly boolean[], l2: number): Logistic {
  const width = features[0]?.length ?? 0;
  const size = width + 1;
  const theta = new Float64Array(size);
  for (let step = 0; step < MAX_STEPS; step++) {
    const gradient = new Float64Array(size);
    const hessian = Array.from({ length: size }, () => new Float64Array(size));
    for (let n = 0; n < features.length; n++) {
      const x = features[n];
      let z = theta[0];
      for (let i = 0; i < width; i++) z += theta[i + 1] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      const residual = p - (labels[n] ? 1 : 0);
      const weight = p * (1 - p);
      for (let i = 0; i < size; i++) {
        const xi = i === 0 ? 1 : x[i - 1];
        if (xi === 0) continue;
        gradient[i] += residual * xi;
        const row = hessian[i];
        for (let j = 0; j < size; j++) {
          const xj = j === 0 ? 1 : x[j - 1];
          if (xj !== 0) row[j] += weight * xi * xj;
        }
      }
    }
    for (let i = 1; i < size; i++) {
      gradient[i] += l2 * theta[i];
      hessian[i][i] += l2;
    }
    hessian[0][0] += 1e-9;
    const delta = solve(hessian, gradient);
    let moved = 0;
    for (let i = 0; i < size; i++) {
      theta[i] -= delta[i];
      moved = Math.max(moved, Math.abs(delta[i]));
    }
    if (moved < TOLERANCE) break;
  }
  return { bias: theta[0], weights: Array.from(theta.subarray(1)) };
}

/** P(y = 1 | x) under `model`. */
export function predict(model: Logistic, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => {
    const copy = new Float64Array(n + 1);
    copy.set(row);
    copy[n] = b[i];
    return copy;
  });
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) pivot = row;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = m[row][col] / m[col][col];
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) m[row][k] -= factor * m[col][k];
    }
  }
  return Float64Array.from(m, (row, i) => row[n] / row[i]);
}
