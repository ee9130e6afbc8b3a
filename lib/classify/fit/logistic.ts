/**
 * L2-regularised binary logistic regression, fitted by Newton's method
 * (iteratively reweighted least squares): a few dozen features and a few
 * thousand postings solve exactly in milliseconds, with no learning rate to
 * tune. The intercept is not penalised.
 */
export interface Fitted {
  w: number[];
  b: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Solves A x = y for a symmetric positive-definite A (Cholesky). */
function solve(a: Float64Array[], y: Float64Array): Float64Array {
  const n = y.length;
  const l = a.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = (a[i] as Float64Array)[j] as number;
      for (let k = 0; k < j; k++) sum -= ((l[i] as Float64Array)[k] as number) * ((l[j] as Float64Array)[k] as number);
      if (i === j) (l[i] as Float64Array)[i] = Math.sqrt(Math.max(sum, 1e-12));
      else (l[i] as Float64Array)[j] = sum / ((l[j] as Float64Array)[j] as number);
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = y[i] as number;
    for (let k = 0; k < i; k++) sum -= ((l[i] as Float64Array)[k] as number) * (z[k] as number);
    z[i] = sum / ((l[i] as Float64Array)[i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i] as number;
    for (let k = i + 1; k < n; k++) sum -= ((l[k] as Float64Array)[i] as number) * (x[k] as number);
    x[i] = sum / ((l[i] as Float64Array)[i] as number);
  }
  return x;
}

/**
 * Fits weights for rows `x` (already standardised) and 0/1 targets `y`,
 * each row weighted by `sampleWeight` (default 1).
 */
export function fitLogistic(x: Float64Array[], y: number[], lambda: number, sampleWeight?: number[]): Fitted {
  const d = (x[0]?.length ?? 0) + 1;
  const beta = new Float64Array(d);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (let r = 0; r < x.length; r++) {
      const row = x[r] as Float64Array;
      const sw = sampleWeight?.[r] ?? 1;
      let z = beta[d - 1] as number;
      for (let i = 0; i < d - 1; i++) z += (beta[i] as number) * (row[i] as number);
      const p = sigmoid(z);
      const err = ((y[r] as number) - p) * sw;
      const v = Math.max(p * (1 - p), 1e-9) * sw;
      for (let i = 0; i < d; i++) {
        const xi = i === d - 1 ? 1 : (row[i] as number);
        if (xi === 0) continue;
        grad[i] = (grad[i] as number) + err * xi;
        const hi = hess[i] as Float64Array;
        for (let j = 0; j <= i; j++) {
          const xj = j === d - 1 ? 1 : (row[j] as number);
          if (xj !== 0) hi[j] = (hi[j] as number) + v * xi * xj;
        }
      }
    }
    for (let i = 0; i < d; i++) {
      const hi = hess[i] as Float64Array;
      for (let j = 0; j < i; j++) (hess[j] as Float64Array)[i] = hi[j] as number;
      if (i < d - 1) {
        hi[i] = (hi[i] as number) + lambda;
        grad[i] = (grad[i] as number) - lambda * (beta[i] as number);
      } else hi[i] = (hi[i] as number) + 1e-6;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      beta[i] = (beta[i] as number) + (step[i] as number);
      change = Math.max(change, Math.abs(step[i] as number));
    }
    if (change < 1e-7) break;
  }
  return { w: Array.from(beta.slice(0, d - 1)), b: beta[d - 1] as number };
}

export function predictLogistic(f: Fitted, row: Float64Array): number {
  let z = f.b;
  for (let i = 0; i < row.length; i++) z += (f.w[i] ?? 0) * (row[i] as number);
  return sigmoid(z);
}
