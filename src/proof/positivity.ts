import type { Field, Scalar } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';

/**
 * What is known of a value's sign on the domain: `nonNegative`, and `positiveIf`, a set of coordinates
 * (bits) such that the value is > 0 as soon as one of them is > 0 (meaningful only when non-negative).
 */
export interface SignInfo {
  readonly nonNegative: boolean;
  readonly positiveIf: bigint;
}

const UNKNOWN: SignInfo = { nonNegative: false, positiveIf: 0n };

/** The well-definedness conditions the analysis could not establish (empty: the rule is defined on the domain). */
export interface PositivityReport {
  readonly unresolved: readonly string[];
}

/**
 * A sign analysis of a formula (an abstract interpretation, sound and fast): coordinates are >= 0 and
 * each vector has a positive coordinate (closed simplex) or all (interior); sums and products of
 * non-negative values are non-negative; a sum is positive if a summand is, a product if both factors
 * are (positiveIf unions and intersections). It discharges the obligations of norms without a solver:
 * sqrt(sum p_j^2) has a non-negative argument and is positive on the simplex (positiveIf covers every
 * coordinate of p, one of which is > 0), so p_y / ||p|| is defined everywhere. Every division whose
 * divisor, root whose argument or ln whose argument it cannot show safe is listed as unresolved (the
 * caller then asks the solver).
 */
export function positivityField(vectorMasks: readonly bigint[], domain: RuleDomain, report: string[]): Field<SignInfo> {
  const always = vectorMasks.reduce((a, m) => a | m, 0n);
  const positive = (x: SignInfo): boolean =>
    x.nonNegative && (domain === 'interior' ? x.positiveIf !== 0n : vectorMasks.some((m) => (x.positiveIf & m) === m));
  const constant = (r: Rational): SignInfo => (r.sign() > 0 ? { nonNegative: true, positiveIf: always } : r.isZero() ? { nonNegative: true, positiveIf: 0n } : UNKNOWN);
  const add = (a: SignInfo, b: SignInfo): SignInfo => (a.nonNegative && b.nonNegative ? { nonNegative: true, positiveIf: a.positiveIf | b.positiveIf } : UNKNOWN);
  const mul = (a: SignInfo, b: SignInfo): SignInfo => (a.nonNegative && b.nonNegative ? { nonNegative: true, positiveIf: a.positiveIf & b.positiveIf } : UNKNOWN);
  const divide = (a: SignInfo, b: SignInfo): SignInfo => {
    if (!positive(b)) report.push('a divisor not shown positive');
    return a.nonNegative && positive(b) ? a : UNKNOWN;
  };
  const power = (x: SignInfo, e: Rational): SignInfo => {
    if (!e.isInteger() && !x.nonNegative) report.push('a root of a value not shown non-negative');
    if (e.sign() < 0) return divide(constant(Rational.ONE), power(x, e.neg()));
    if (e.isZero()) return constant(Rational.ONE);
    if (e.isInteger() && e.num % 2n === 0n) return { nonNegative: true, positiveIf: x.nonNegative ? x.positiveIf : 0n };
    return x;
  };
  return {
    tier: 'symbolic',
    of: (x: Scalar) => constant(Rational.of(x)),
    fromRational: constant,
    add,
    sub: () => UNKNOWN,
    mul,
    div: divide,
    neg: () => UNKNOWN,
    pow: (x, e) => power(x, Rational.of(e)),
    sqrt: (x) => power(x, Rational.of('1/2')),
    ln: (x) => {
      if (!positive(x)) report.push('ln of a value not shown positive');
      return UNKNOWN;
    },
    exp: () => ({ nonNegative: true, positiveIf: always }),
    max: (a, b) => (a.nonNegative || b.nonNegative ? { nonNegative: true, positiveIf: (a.nonNegative ? a.positiveIf : 0n) | (b.nonNegative ? b.positiveIf : 0n) } : UNKNOWN),
    min: (a, b) => mul(a, b).nonNegative ? { nonNegative: true, positiveIf: a.positiveIf & b.positiveIf } : UNKNOWN,
    abs: (a) => ({ nonNegative: true, positiveIf: a.nonNegative ? a.positiveIf : 0n }),
    sum: (xs) => xs.reduce(add, constant(Rational.ZERO)),
    ifNonNegative: (_test, a, b) => (a.nonNegative && b.nonNegative ? { nonNegative: true, positiveIf: a.positiveIf & b.positiveIf } : UNKNOWN),
  };
}

/** Coordinate values for the analysis: vector k's coordinate i is the bit k * n + i. */
export function positivityVectors(count: number, n: number): { masks: bigint[]; vectors: SignInfo[][] } {
  const masks = Array.from({ length: count }, (_, k) => ((1n << BigInt(n)) - 1n) << BigInt(k * n));
  const vectors = Array.from({ length: count }, (_, k) => Array.from({ length: n }, (_, i) => ({ nonNegative: true, positiveIf: 1n << BigInt(k * n + i) })));
  return { masks, vectors };
}
