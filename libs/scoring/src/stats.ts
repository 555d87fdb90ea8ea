/**
 * Small numeric helpers. Written by hand (no dependency) and allocation-aware: the batch path calls these
 * tens of thousands of times per second, so medians reuse one scratch buffer instead of copying arrays.
 */

let scratch = new Float64Array(256);

function scratchOf(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  return scratch;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Median of the first `n` values (all by default); `null` for an empty input. Does not modify `values`. */
export function median(values: ArrayLike<number>, n: number = values.length): number | null {
  if (n <= 0) return null;
  const buf = scratchOf(n);
  for (let i = 0; i < n; i++) buf[i] = values[i];
  const view = buf.subarray(0, n);
  view.sort();
  const mid = n >> 1;
  return n % 2 === 1 ? view[mid] : (view[mid - 1] + view[mid]) / 2;
}

export function mean(values: ArrayLike<number>, n: number = values.length): number | null {
  if (n <= 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  return sum / n;
}

let devScratch = new Float64Array(256);

/** Median absolute deviation around `center` (unscaled). */
export function medianAbsoluteDeviation(
  values: ArrayLike<number>,
  center: number,
  n = values.length,
): number {
  if (n <= 0) return 0;
  if (devScratch.length < n) devScratch = new Float64Array(Math.max(n, devScratch.length * 2));
  for (let i = 0; i < n; i++) devScratch[i] = Math.abs(values[i] - center);
  return median(devScratch, n) ?? 0;
}

/** Quantile of an ascending array with linear interpolation (Hyndman–Fan type 7, as R and numpy default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * clamp(q, 0, 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Percentile rank (0–100) of `x` among 101 quantiles q[0]=min … q[100]=max, interpolated between
 * neighbouring quantiles. On a plateau of equal quantiles the rank is the plateau's middle, so ties are not
 * systematically favoured or punished.
 */
export function percentileFromQuantiles(quantiles: readonly number[], x: number): number {
  const last = quantiles.length - 1;
  if (x < quantiles[0]) return 0;
  if (x > quantiles[last]) return 100;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (quantiles[mid] <= x) lo = mid;
    else hi = mid;
  }
  if (quantiles[lo] === x) {
    let first = lo;
    while (first > 0 && quantiles[first - 1] === x) first--;
    return ((first + lo) / 2) * (100 / last);
  }
  const span = quantiles[hi] - quantiles[lo];
  const frac = span > 0 ? (x - quantiles[lo]) / span : 0;
  return (lo + frac) * (100 / last);
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf approximation, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function inverseNormalCdf(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -inverseNormalCdf(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

export interface ProportionInterval {
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for k successes in n trials. Chosen over the normal approximation because follower
 * samples are small and fake shares can be near 0, where the normal interval leaves [0, 1].
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): ProportionInterval {
  if (n <= 0) return { estimate: 0, lower: 0, upper: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** Cosine similarity of two sparse non-negative vectors; 0 when either is empty. */
export function cosineSimilarity(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const key in a) {
    const va = a[key];
    na += va * va;
    const vb = b[key];
    if (vb !== undefined) dot += va * vb;
  }
  for (const key in b) nb += b[key] * b[key];
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
