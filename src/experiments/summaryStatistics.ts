import { certifiedBounds } from '../certify/evaluate.ts';
import { decimalString } from '../numbers/decimalString.ts';
import { Rational } from '../numbers/Rational.ts';

/** Significant digits of the statistics printed as JSON numbers. */
const DIGITS = 10;

/** Summary of one quantity over instances; JSON numbers are decimals of exact statistics (see summarise). */
export interface NumberSummary {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly sd: number | null;
  readonly min: number;
  readonly max: number;
  readonly quartiles: readonly [number, number, number];
  /** Bounds on each statistic that hold for the true values, whatever they are inside their enclosures. */
  readonly certified: {
    readonly mean: readonly [string, string];
    readonly median: readonly [string, string];
    readonly sd: readonly [string, string] | null;
    readonly min: readonly [string, string];
    readonly max: readonly [string, string];
    readonly quartiles: readonly (readonly [string, string])[];
  };
  /** The widest enclosure among the values (0: every value exact). */
  readonly maxEnclosureWidth: number;
}

export const QUARTILE_DEFINITION =
  'Hazen (Hyndman-Fan type 5, what Mathematica\'s Quartiles uses): with the n values sorted x_1 <= ... <= x_n, Q(q) = x_j + (h - j)(x_{j+1} - x_j) for h = n q + 1/2 clamped to [1, n] and j = floor(h); the median is Q(1/2)';

/**
 * Values enter the statistics on the grid 10^-40: each enclosure [lo, hi] is widened outward to it (so it
 * stays certified), and sums stay small integers over 10^40 instead of rationals whose denominators would
 * grow with every distinct value.
 */
const SCALE = 10n ** 40n;

/**
 * Mean, median, sample standard deviation (divisor n - 1), min, max and quartiles of values known as
 * certified enclosures [lo, hi] (lo = hi when exact), computed exactly from the midpoints (the exact
 * values where exact; to within 10^-40, see SCALE) and shown as decimals to 10 significant digits. Every
 * statistic also gets certified bounds that hold for the true values: mean, quantiles, min and max are
 * monotone in each value, so the statistic of all lower ends and of all upper ends bracket it; the SD
 * moves by at most sqrt(sum (w_i / 2)^2 / (n - 1)) from the SD of the midpoints (triangle inequality in R^n).
 */
export function summarise(values: readonly (readonly [Rational, Rational])[]): NumberSummary | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const scaled = values.map(([lo, hi]) => [floorScaled(lo), ceilScaled(hi)] as const);
  const lows = sortedInts(scaled.map((v) => v[0]));
  const highs = sortedInts(scaled.map((v) => v[1]));
  const twiceMids = sortedInts(scaled.map(([lo, hi]) => lo + hi));
  const asRational = (x: bigint, twice = false) => Rational.of(x, twice ? 2n * SCALE : SCALE);
  const mean = (xs: readonly bigint[], twice = false) => Rational.of(xs.reduce((a, b) => a + b, 0n), BigInt(n) * (twice ? 2n : 1n) * SCALE);
  const quartiles = [Rational.of('1/4'), Rational.of('1/2'), Rational.of('3/4')];
  const q = (xs: readonly bigint[], p: Rational, twice = false) => quantile(xs.map((x) => asRational(x, twice)), p);
  const sd = standardDeviation(twiceMids);
  const halfWidths = scaled.map(([lo, hi]) => hi - lo);
  const sdSlack = n > 1 ? rootUpper(Rational.of(halfWidths.reduce((a, w) => a + w * w, 0n), 4n * SCALE * SCALE * BigInt(n - 1))) : Rational.ZERO;
  const width = values.reduce((m, [lo, hi]) => Rational.max(m, hi.sub(lo)), Rational.ZERO);
  const pair = (a: Rational, b: Rational) => [decimal(a), decimal(b)] as const;
  return {
    count: n,
    mean: num(mean(twiceMids, true)),
    median: num(q(twiceMids, quartiles[1]!, true)),
    sd: sd ? num(sd[0].add(sd[1]).div(Rational.of(2))) : null,
    min: num(asRational(twiceMids[0]!, true)),
    max: num(asRational(twiceMids[n - 1]!, true)),
    quartiles: quartiles.map((p) => num(q(twiceMids, p, true))) as [number, number, number],
    certified: {
      mean: pair(mean(lows), mean(highs)),
      median: pair(q(lows, quartiles[1]!), q(highs, quartiles[1]!)),
      sd: sd ? pair(Rational.max(Rational.ZERO, sd[0].sub(sdSlack)), sd[1].add(sdSlack)) : null,
      min: pair(asRational(lows[0]!), asRational(highs[0]!)),
      max: pair(asRational(lows[n - 1]!), asRational(highs[n - 1]!)),
      quartiles: quartiles.map((p) => pair(q(lows, p), q(highs, p))),
    },
    maxEnclosureWidth: width.toNumber(),
  };
}

/** Hazen's quantile of sorted values (QUARTILE_DEFINITION), exactly. */
export function quantile(xs: readonly Rational[], q: Rational): Rational {
  const n = xs.length;
  const h = Rational.max(Rational.ONE, Rational.min(Rational.of(n), Rational.of(n).mul(q).add(Rational.of('1/2'))));
  const j = Number(h.num / h.den);
  const frac = h.sub(Rational.of(j));
  const lower = xs[j - 1]!;
  return j >= n ? lower : lower.add(frac.mul(xs[j]!.sub(lower)));
}

/** Certified bounds on the sample SD of values given as 2 * SCALE * x, or undefined for fewer than two. */
function standardDeviation(twice: readonly bigint[]): [Rational, Rational] | undefined {
  const n = BigInt(twice.length);
  if (n < 2n) return undefined;
  const total = twice.reduce((a, b) => a + b, 0n);
  // sum (x_i - mean)^2 = sum (n t_i - T)^2 / (n^2 (2 SCALE)^2) with t_i = 2 SCALE x_i and T = sum t_i.
  const squares = twice.reduce((a, t) => a + (n * t - total) ** 2n, 0n);
  const variance = Rational.of(squares, n * n * 4n * SCALE * SCALE * (n - 1n));
  return certifiedBounds((F) => F.sqrt(F.fromRational(variance)), 30);
}

function rootUpper(s: Rational): Rational {
  return s.isZero() ? Rational.ZERO : certifiedBounds((F) => F.sqrt(F.fromRational(s)), 30)[1];
}

function sortedInts(xs: readonly bigint[]): bigint[] {
  return [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** floor(r * SCALE) and ceil(r * SCALE): the grid points just below and above r. */
function floorScaled(r: Rational): bigint {
  const x = r.num * SCALE;
  const q = x / r.den;
  return q * r.den > x ? q - 1n : q;
}

function ceilScaled(r: Rational): bigint {
  const x = r.num * SCALE;
  const q = x / r.den;
  return q * r.den < x ? q + 1n : q;
}

/** A decimal of a rational for JSON (10 significant digits; "0" exactly). */
export function decimal(r: Rational): string {
  return decimalString(r, DIGITS).text;
}

function num(r: Rational): number {
  return Number(decimal(r));
}
