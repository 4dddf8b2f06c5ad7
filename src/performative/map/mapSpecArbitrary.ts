import fc from 'fast-check';
import { Rational } from '../../numbers/Rational.ts';
import type {
  AffineClippedSpec,
  BinaryPiecewiseLinearSpec,
  LogisticSpec,
  MapSpec,
  MixtureSpec,
  StepSpec,
  StochasticMatrixSpec,
} from './MapSpec.ts';

/**
 * fast-check generators for map specs (docs/design.md §3 arbitraries/). Numbers are n/d with small
 * denominators first (most cases use d <= 4, some d <= 12, a few d <= 100); every integer shrinks
 * toward 0 or 1, so counterexamples shrink toward small denominators, few pieces and few outcomes.
 */
export function unitRational(): fc.Arbitrary<Rational> {
  return denominator().chain((d) => fc.integer({ min: 0, max: d }).map((n) => Rational.of(BigInt(n), BigInt(d))));
}

/** A rational in [lo, hi] (integers lo < hi) with a small denominator. */
export function rationalBetween(lo: number, hi: number): fc.Arbitrary<Rational> {
  return denominator().chain((d) =>
    fc.integer({ min: lo * d, max: hi * d }).map((n) => Rational.of(BigInt(n), BigInt(d))),
  );
}

function denominator(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 100 }) },
  );
}

/** A distribution over n outcomes from small non-negative integer weights (never all zero). */
export function smallDistribution(n: number): fc.Arbitrary<Rational[]> {
  return fc.tuple(fc.array(fc.nat({ max: 6 }), { minLength: n, maxLength: n }), fc.nat({ max: n - 1 })).map(([w, i]) => {
    const weights = w.map((x, j) => BigInt(x + (j === i ? 1 : 0)));
    const total = weights.reduce((s, x) => s + x, 0n);
    return weights.map((x) => Rational.of(x, total));
  });
}

export function stochasticMatrixArbitrary(minN = 2, maxN = 4): fc.Arbitrary<StochasticMatrixSpec> {
  return fc
    .integer({ min: minN, max: maxN })
    .chain((n) => fc.array(smallDistribution(n), { minLength: n, maxLength: n }))
    .map((columns) => ({ kind: 'stochastic-matrix', columns }));
}

/** Continuous piecewise-linear f on [0, 1] with up to `maxInner` inner breakpoints. */
/**
 * Binary piecewise-linear maps: inner breakpoints, then values; `values` defaults to any unit rational
 * (pass one that favours 0 and 1 for steep maps that jump across the diagonal).
 */
export function piecewiseLinearArbitrary(maxInner = 3, values: fc.Arbitrary<Rational> = unitRational()): fc.Arbitrary<BinaryPiecewiseLinearSpec> {
  return fc
    .uniqueArray(unitRational().filter((x) => x.sign() > 0 && x.lt(Rational.ONE)), {
      maxLength: maxInner,
      comparator: (a, b) => a.equals(b),
    })
    .chain((inner) => {
      const xs = [Rational.ZERO, ...[...inner].sort((a, b) => a.compare(b)), Rational.ONE];
      return fc.array(values, { minLength: xs.length, maxLength: xs.length }).map((ys) => ({
        kind: 'binary-piecewise-linear' as const,
        points: xs.map((x, i) => [x, ys[i]!] as const),
      }));
    });
}

export function affineClippedArbitrary(): fc.Arbitrary<AffineClippedSpec> {
  return fc.record({ kind: fc.constant('affine-clipped' as const), a: rationalBetween(-1, 2), b: rationalBetween(-3, 3) });
}

export function stepArbitrary(): fc.Arbitrary<StepSpec> {
  return fc.record({ kind: fc.constant('step' as const), threshold: unitRational(), below: unitRational(), above: unitRational() });
}

export function logisticArbitrary(): fc.Arbitrary<LogisticSpec> {
  return fc.record({ kind: fc.constant('logistic' as const), a: rationalBetween(-5, 5), b: rationalBetween(-10, 10) });
}

/** Binary maps of every kind (mixtures of two binary maps included). */
export function binaryMapArbitrary(): fc.Arbitrary<MapSpec> {
  const base = fc.oneof(piecewiseLinearArbitrary(), affineClippedArbitrary(), stepArbitrary(), logisticArbitrary());
  return fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: mixtureOf(base) });
}

/** Any map: binary maps and stochastic matrices on 2 to 4 outcomes. */
export function mapSpecArbitrary(): fc.Arbitrary<MapSpec> {
  return fc.oneof(binaryMapArbitrary(), stochasticMatrixArbitrary());
}

function mixtureOf(component: fc.Arbitrary<MapSpec>): fc.Arbitrary<MixtureSpec> {
  return fc.tuple(component, component, unitRational()).map(([c1, c2, w]) => ({
    kind: 'mixture',
    weights: [w, Rational.ONE.sub(w)],
    components: [c1, c2],
  }));
}
