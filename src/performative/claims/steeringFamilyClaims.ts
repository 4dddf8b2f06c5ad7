import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { rangeOver } from '../map/binaryMapEnclosure.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { unitRational } from '../map/mapSpecArbitrary.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { HALF, HOLDS_EXACT, pointXs, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

type PlateauInput = { readonly c: Rational; readonly eps: Rational };
type SteepInput = { readonly a: Rational; readonly b: Rational };

/**
 * The plateau family of docs/mathematics.md PP-13: slope 1 - eps below the plateau c, constant c from there
 * on: f(p) = c - (1 - eps)(c - p) for p < c, f(p) = c for p >= c. L = 1 - eps, unique fixed point c.
 */
export function plateauMap({ c, eps }: PlateauInput): MapSpec {
  return { kind: 'binary-piecewise-linear', points: [[Rational.ZERO, eps.mul(c)], [c, c], [Rational.ONE, c]] };
}

/** 0 < c < 1 and 0 < eps < min(1 - c, 1/2): then Phi is convex below c and Phi(0) = 1 - 2 eps c > G(c). */
function plateauPremise({ c, eps }: PlateauInput, at: string): void {
  if (!(c.sign() > 0 && c.lt(Rational.ONE))) throw new SpecError(`${at}.c`, 'needs 0 < c < 1');
  if (!(eps.sign() > 0 && eps.lt(HALF) && eps.lt(Rational.ONE.sub(c)))) throw new SpecError(`${at}.eps`, 'needs 0 < eps < min(1 - c, 1/2)');
}

/** Plateaus c in (0, 1) and slopes 1 - eps with eps a fraction of min(1 - c, 1/2) (small eps over-weighted: L near 1). */
const plateauInputs: fc.Arbitrary<PlateauInput> = fc
  .record({
    c: unitRational().filter((c) => c.sign() > 0 && c.lt(Rational.ONE)),
    t: fc.oneof(unitRational(), fc.integer({ min: 1, max: 50 }).map((k) => Rational.of(1n, BigInt(k)))).filter((t) => t.sign() > 0 && t.lt(Rational.ONE)),
  })
  .map(({ c, t }) => ({ c, eps: t.mul(Rational.min(Rational.ONE.sub(c), HALF)) }));

/**
 * PP-13 (holds): on the plateau family, Brier's optimal report is exactly 0, with inaccuracy eps c and
 * distance c to the unique fixed point c, and both PP-05 (L c_S = (1 - eps)/2) and PP-06 (L c_S/(1 - L) =
 * (1 - eps)/(2 eps)) hold: a small inaccuracy, a large distance, consistent with the bounds.
 */
export function plateauOptimumClaim(rule: ScoringRule): Claim<PlateauInput> {
  return {
    id: `${rule.id}/plateau-map-optimum-at-zero`,
    statement: `Under ${rule.id} (binary Brier), for the plateau map f(p) = c - (1 - eps)(c - p) below c, f = c from c on (0 < eps < min(1 - c, 1/2)), the only optimal report is 0: inaccuracy eps c, distance c to the unique fixed point c, within L c_S = (1 - eps)/2 and L c_S/(1 - L) = (1 - eps)/(2 eps).`,
    source: 'docs/mathematics.md PP-13 (the plateau map of the Oesterheld et al. 2023 notebooks), PP-05, PP-06',
    expect: 'holds',
    arbitrary: plateauInputs,
    codec: recordCodec({ c: 'rational', eps: 'rational' }, plateauPremise),
    check(input) {
      const { c, eps } = input;
      const map = plateauMap(input);
      const optimal = optimalReports(rule, map).sets;
      const fixed = pointXs(fixedPoints(map).sets);
      const L = Rational.ONE.sub(eps);
      const witness = { optimalReports: optimal.map((s) => (s.kind === 'point' ? String(s.point[0]) : s.kind)), fixedPoints: fixed?.map(String) ?? 'not points' };
      if (optimal.length !== 1 || optimal[0]!.kind !== 'point' || !optimal[0]!.point[0]!.isZero()) return refutedExact(witness);
      if (!fixed || fixed.length !== 1 || !fixed[0]!.equals(c)) return refutedExact(witness);
      const inaccuracy = rangeOver(map, Rational.ZERO, Rational.ZERO)[0];
      const withinPP05 = inaccuracy.equals(eps.mul(c)) && inaccuracy.le(L.mul(HALF));
      const withinPP06 = c.le(L.mul(HALF).div(eps));
      return withinPP05 && withinPP06 ? HOLDS_EXACT : refutedExact({ ...witness, inaccuracy: String(inaccuracy), distance: String(c) });
    },
  };
}

/**
 * PP-13's lesson as a FALSE claim: "an optimal report that causes almost what it says lies near the fixed
 * point: |p_hat - p*| <= 10 |f(p_hat) - p_hat|". On the plateau family the ratio is 1/eps.
 */
export function distanceWithinTenInaccuraciesClaim(rule: ScoringRule): Claim<PlateauInput> {
  return {
    id: `${rule.id}/distance-at-most-10-times-inaccuracy`,
    statement: `Under ${rule.id} (binary Brier), on the plateau maps of PP-13 (L = 1 - eps < 1, unique fixed point c), every optimal report p satisfies |p - c| <= 10 |f(p) - p|: small inaccuracy means small distance.`,
    source: 'docs/mathematics.md PP-13 (distance c against inaccuracy eps c), PP-06 (the factor 1/(1 - L) is needed)',
    expect: 'refuted',
    arbitrary: plateauInputs,
    codec: recordCodec({ c: 'rational', eps: 'rational' }, plateauPremise),
    check(input) {
      const map = plateauMap(input);
      for (const set of optimalReports(rule, map).sets) {
        if (set.kind !== 'point') continue;
        const x = set.point[0]!;
        const inaccuracy = rangeOver(map, x, x)[0].sub(x).abs();
        const distance = x.sub(input.c).abs();
        if (distance.gt(inaccuracy.mul(Rational.of(10)))) return refutedExact({ report: String(x), inaccuracy: String(inaccuracy), distance: String(distance), fixedPoint: String(input.c) });
      }
      return HOLDS_EXACT;
    },
  };
}

/** The steep family of docs/mathematics.md PP-14: f = 1 up to a, linear down to 0 at b, 0 from b on (0 < a < b < 1). */
export function steepMap({ a, b }: SteepInput): MapSpec {
  return { kind: 'binary-piecewise-linear', points: [[Rational.ZERO, Rational.ONE], [a, Rational.ONE], [b, Rational.ZERO], [Rational.ONE, Rational.ZERO]] };
}

/**
 * PP-14 as a FALSE claim: "when the map's fixed point is unique and interior, an optimal report leaves the
 * world uncertain (f(p_hat) is neither 0 nor 1)". On the steep map the optimal report 2/5 makes the event
 * impossible (f = 0).
 */
export function keepsWorldUncertainClaim(rule: ScoringRule): Claim<SteepInput> {
  return {
    id: `${rule.id}/optimal-report-keeps-world-uncertain`,
    statement: `Under ${rule.id} (binary Brier), for the steep maps f = 1 on [0, a], linear to 0 on [a, b], 0 on [b, 1] (unique interior fixed point), no optimal report makes the outcome certain: f(p) is neither 0 nor 1.`,
    source: 'docs/mathematics.md PP-14 (the steep map of the Oesterheld et al. 2023 notebooks)',
    expect: 'refuted',
    arbitrary: fc
      .tuple(unitRational(), unitRational())
      .filter(([x, y]) => x.sign() > 0 && y.lt(Rational.ONE) && x.lt(y))
      .map(([a, b]) => ({ a, b })),
    codec: recordCodec({ a: 'rational', b: 'rational' }, ({ a, b }, at) => {
      if (!(a.sign() > 0 && a.lt(b) && b.lt(Rational.ONE))) throw new SpecError(`${at}.b`, 'needs 0 < a < b < 1');
    }),
    check(input) {
      const map = steepMap(input);
      for (const set of optimalReports(rule, map).sets) {
        if (set.kind !== 'point') continue;
        const x = set.point[0]!;
        const fx = rangeOver(map, x, x)[0];
        if (fx.isZero() || fx.equals(Rational.ONE)) {
          const fixed = pointXs(fixedPoints(map).sets)?.map(String);
          return refutedExact({ report: String(x), causes: String(fx), inaccuracy: String(fx.sub(x).abs()), fixedPoints: fixed ?? 'not points' });
        }
      }
      return HOLDS_EXACT;
    },
  };
}
