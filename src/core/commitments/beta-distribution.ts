/**
 * The Beta distribution: what a share is believed to be after counting successes and failures.
 * Written here rather than taken from a library because three functions are all it needs: the
 * log-gamma (Lanczos), the regularized incomplete beta Iₓ(a, b) (its continued fraction, by the
 * modified Lentz method, as in Numerical Recipes §6.4) and the quantile (Newton steps kept inside
 * a bisection bracket).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 (Lanczos approximation, g = 7; about 15 significant digits).
 * @example logGamma(5) // ln 24 ≈ 3.1780538303479458
 */
export const logGamma = (x: number): number => {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
};

/** ln B(a, b). */
const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

const EPS = 1e-15;
const TINY = 1e-300;

/** The continued fraction of Iₓ(a, b), by the modified Lentz method; converges for x < (a+1)/(a+b+2). */
const betaContinuedFraction = (x: number, a: number, b: number): number => {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
};

const checkShape = (a: number, b: number): void => {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b))
    throw new RangeError(`Beta shape parameters must be positive and finite (got ${a}, ${b})`);
};

/**
 * The regularized incomplete beta function Iₓ(a, b), which is the Beta(a, b) distribution
 * function at x.
 * @example regularizedIncompleteBeta(0.5, 2, 3) // 0.6875
 */
export const regularizedIncompleteBeta = (x: number, a: number, b: number): number => {
  checkShape(a, b);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // The fraction converges fast on one side of the mean; use the symmetry I₁₋ₓ(b, a) on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
};

/** The Beta(a, b) distribution function P(X ≤ x). */
export const betaCdf = regularizedIncompleteBeta;

/**
 * The Beta(a, b) density at x.
 * @example betaPdf(0.5, 1, 1) // 1
 */
export const betaPdf = (x: number, a: number, b: number): number => {
  checkShape(a, b);
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? b : 0;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? a : 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
};

/**
 * The Beta(a, b) quantile: the x with P(X ≤ x) = p. Newton steps on the distribution function,
 * falling back to bisection whenever a step would leave the bracket that still holds the root;
 * accurate to about 1e-12.
 * @example betaQuantile(0.05, 2, 1) // √0.05 ≈ 0.22360679774997896
 */
export const betaQuantile = (p: number, a: number, b: number): number => {
  checkShape(a, b);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability is between 0 and 1 (got ${p})`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 200; i++) {
    const f = betaCdf(x, a, b) - p;
    if (Math.abs(f) < 1e-14) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = betaPdf(x, a, b);
    let next = density > 0 && Number.isFinite(density) ? x - f / density : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-15 || hi - lo < 1e-15) return next;
    x = next;
  }
  return x;
};

/**
 * The mean of Beta(a, b), a / (a + b).
 * @example betaMean(3, 5) // 0.375
 */
export const betaMean = (a: number, b: number): number => {
  checkShape(a, b);
  return a / (a + b);
};

/**
 * The equal-tailed interval holding `level` of Beta(a, b): its (1 − level)/2 and (1 + level)/2
 * quantiles.
 * @example betaInterval(1, 1, 0.9) // { low: 0.05, high: 0.95 }
 */
export const betaInterval = (
  a: number,
  b: number,
  level: number,
): { readonly low: number; readonly high: number } => ({
  low: betaQuantile((1 - level) / 2, a, b),
  high: betaQuantile((1 + level) / 2, a, b),
});
