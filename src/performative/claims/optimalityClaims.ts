import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { decide } from '../../certify/decide.ts';
import { SpecError } from '../../core/SpecError.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { piecewiseLinearArbitrary, unitRational } from '../map/mapSpecArbitrary.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { withOutcomeShift } from '../../scoring/withOutcomeShift.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { rangeOver } from '../map/binaryMapEnclosure.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import { convexityRatio } from '../optimum/convexityRatio.ts';
import { decideOptimumWithinBound, type ReportBounds } from '../optimum/decideOptimumWithinBound.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { HOLDS_EXACT, lipschitzOrThrow, linearSpec, pointXs, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

const linearInput = fc.record({
  pStar: unitRational().filter((x) => x.sign() > 0 && x.lt(Rational.ONE)),
  alpha: unitRational().filter((x) => x.sign() > 0 && x.lt(Rational.ONE)),
});
const linearCodec = recordCodec({ pStar: 'rational', alpha: 'rational' }, (input, at) => {
  if (!(input.alpha.sign() >= 0 && input.alpha.lt(Rational.ONE))) throw new SpecError(`${at}.alpha`, 'needs 0 <= alpha < 1');
  if (input.pStar.sign() < 0 || input.pStar.gt(Rational.ONE)) throw new SpecError(`${at}.pStar`, 'must lie in [0, 1]');
});

/**
 * A candidate better report: the exact optimum for rules with the quadratic trait, else the best of a rational grid
 * by floats (floats only propose; the comparison below is certified).
 */
function candidateReport(rule: ScoringRule, spec: ReturnType<typeof linearSpec>): Rational {
  if (isQuadraticAt(rule, 2)) {
    const best = optimalReports(rule, spec).sets[0];
    if (best?.kind === 'point') return best.point[0]!;
  }
  let bestX = Rational.of('1/2');
  let bestV = -Infinity;
  for (let i = 1; i < 1000; i++) {
    const x = Rational.of(BigInt(i), 1000n);
    const v = objectiveAt(FloatField, rule, spec, binaryReport(x));
    if (v > bestV) [bestX, bestV] = [x, v];
  }
  return bestX;
}

/** PP-02 (FALSE claim): "under a strictly proper rule the optimal report is a fixed point". */
export function fixedPointIsOptimalClaim(rule: ScoringRule): Claim<{ pStar: Rational; alpha: Rational }> {
  return {
    id: `${rule.id}/fixed-point-is-optimal`,
    statement: `Under ${rule.id}, with the binary linear map f(p) = p* + alpha (p - p*) (0 <= alpha < 1), no report scores better than the fixed point p*: Phi(p*) >= Phi(q) for all q.`,
    source: 'docs/mathematics.md PP-02, PP-03 (Oesterheld et al. 2023)',
    expect: 'refuted',
    arbitrary: linearInput,
    codec: linearCodec,
    check({ pStar, alpha }, ctx) {
      const spec = linearSpec(pStar, alpha);
      const q = candidateReport(rule, spec);
      // The proposal is the fixed point itself (e.g. p* = 1/2 for symmetric rules, PP-03): nothing to refute,
      // and an equality of irrational values could never be certified by intervals.
      if (q.equals(pStar)) return { kind: 'holds', by: { tier: 'rational' } };
      const outcome = decide(
        (F) => ({ lhs: objectiveAt(F, rule, spec, binaryReport(pStar)), rhs: objectiveAt(F, rule, spec, binaryReport(q)), relation: '>=' }),
        ctx,
      );
      if (outcome.kind !== 'refuted') return outcome;
      return { ...outcome, witness: { fixedPoint: String(pStar), betterReport: String(q), phiAtFixedPoint_phiAtReport: outcome.witness } };
    },
  };
}

/**
 * PP-05 and PP-06 (holds): every optimal report has |f(p_hat) - p_hat| <= L c_S, and when L < 1
 * |p_hat - p*| <= L/(1 - L) c_S. Quadratic rules: the exact optimum. Other rules: decided by the signs
 * of Phi' (decideOptimumWithinBound), which needs no enclosure of the optimum itself: exact where f is
 * constant on a piece (L = 0 makes the bound 0), certified boxes that already meet the bound elsewhere,
 * and exclusion by value near a boundary where Phi -> -infinity. An unresolved box is undecided, never holds.
 */
export function optimumWithinBoundClaim(rule: ScoringRule, cS: Rational, note = ''): Claim<{ map: MapSpec }> {
  return {
    id: `${rule.id}/optimum-within-bound`,
    statement: `Under ${rule.id} (c_S = sup|G'/G''| <= ${cS}${note}), for every continuous piecewise-linear binary f with Lipschitz constant L, each optimal report has |f(p) - p| <= L c_S, and |p - p*| <= L/(1 - L) c_S when L < 1.`,
    source: 'docs/mathematics.md PP-05, PP-06',
    expect: 'holds',
    arbitrary: piecewiseLinearArbitrary(2).map((map) => ({ map })),
    codec: recordCodec({ map: 'map' }, (input, at) => void lipschitzOrThrow(input.map, `${at}.map`)),
    check({ map }) {
      const L = lipschitzOrThrow(map, 'input.map');
      const fixed = L.lt(Rational.ONE) ? pointXs(fixedPoints(map).sets) : undefined;
      const bounds: ReportBounds = {
        inaccuracy: L.mul(cS),
        ...(fixed?.length === 1 ? { distance: { target: fixed[0]!, bound: L.div(Rational.ONE.sub(L)).mul(cS) } } : {}),
      };
      if (!isQuadraticAt(rule, 2)) return decideOptimumWithinBound(rule, map, binaryPieces(map)!, bounds, { ratio: convexityRatio(rule) });
      const opt = optimalReports(rule, map);
      for (const set of opt.sets) {
        // Exact points and segments (a segment's ends bound the convex |f - x| and |x - p*| on it).
        const ends = set.kind === 'point' ? [set.point[0]!] : set.kind === 'segment' ? [set.ends[0][0]!, set.ends[1][0]!] : [];
        for (const x of ends) {
          const fx = rangeOver(map, x, x)[0];
          const witness = { report: String(x), mapValue: String(fx), inaccuracy: String(fx.sub(x).abs()), L: String(L), bound: String(bounds.inaccuracy) };
          if (fx.sub(x).abs().gt(bounds.inaccuracy)) return refutedExact(witness);
          if (bounds.distance && x.sub(bounds.distance.target).abs().gt(bounds.distance.bound)) {
            return refutedExact({ ...witness, fixedPoint: String(bounds.distance.target), distanceBound: String(bounds.distance.bound) });
          }
        }
      }
      return HOLDS_EXACT;
    },
  };
}

/**
 * PP-11 (holds): the binary exponential rule S_K with the linear map f(p) = p* + alpha (p - p*),
 * 0 <= alpha < 1, has Phi'(p) = e^{Kp} [alpha + K (1 - alpha)(p* - p)], so its optimal report is
 * p_hat = min(1, p* + alpha / (K (1 - alpha))): above p*, with |f(p_hat) - p_hat| <= alpha/K and
 * |p_hat - p*| <= alpha / (K (1 - alpha)), both with equality at an interior optimum. The first-order
 * condition is rational although Phi is not (r = G'/G'' = 1/K), so the optimum is found exactly and the
 * equalities are decided in the rationals (decideOptimumWithinBound with the closed-form ratio).
 */
export function exponentialPushClaim(rule: ScoringRule, k: Rational): Claim<{ pStar: Rational; alpha: Rational }> {
  return {
    id: `${rule.id}/optimum-within-alpha-over-k`,
    statement: `Under ${rule.id} (K = ${k}), with f(p) = p* + alpha (p - p*) (0 <= alpha < 1), every optimal report p satisfies p >= p*, |f(p) - p| <= alpha/K and |p - p*| <= alpha/(K(1 - alpha)).`,
    source: 'docs/mathematics.md PP-11 (Oesterheld et al. 2023)',
    expect: 'holds',
    arbitrary: linearInput,
    codec: linearCodec,
    check({ pStar, alpha }) {
      const spec = linearSpec(pStar, alpha);
      const bounds: ReportBounds = {
        inaccuracy: alpha.div(k),
        distance: { target: pStar, bound: alpha.div(k.mul(Rational.ONE.sub(alpha))) },
        atLeastTarget: true,
      };
      return decideOptimumWithinBound(rule, spec, binaryPieces(spec)!, bounds, { ratio: convexityRatio(rule) });
    },
  };
}

/**
 * The naive reading of PP-11 (FALSE): "S_K keeps optimal reports within alpha/K of the fixed point".
 * alpha/K bounds the inaccuracy |f(p_hat) - p_hat|; the distance to p* is alpha/(K(1 - alpha)), larger
 * for every 0 < alpha < 1 at an interior optimum (docs/mathematics.md PP-11 example: 1/10 > 1/20).
 */
export function exponentialNaiveDistanceClaim(rule: ScoringRule, k: Rational): Claim<{ pStar: Rational; alpha: Rational }> {
  return {
    id: `${rule.id}/optimum-within-alpha-over-k-of-fixed-point`,
    statement: `Under ${rule.id} (K = ${k}), with f(p) = p* + alpha (p - p*) (0 <= alpha < 1), every optimal report p satisfies |p - p*| <= alpha/K.`,
    source: 'docs/mathematics.md PP-11 (naive reading: the inaccuracy bound alpha/K taken for the distance)',
    expect: 'refuted',
    arbitrary: linearInput,
    codec: linearCodec,
    check({ pStar, alpha }) {
      const spec = linearSpec(pStar, alpha);
      const bounds: ReportBounds = { inaccuracy: Rational.ONE, distance: { target: pStar, bound: alpha.div(k) } };
      return decideOptimumWithinBound(rule, spec, binaryPieces(spec)!, bounds, { ratio: convexityRatio(rule) });
    },
  };
}

/** SR-07 (FALSE claim): "adding an outcome-only term b_y never changes the performatively optimal report". */
export function outcomeShiftClaim(rule: ScoringRule): Claim<{ pStar: Rational; alpha: Rational; shift: Rational }> {
  return {
    id: `${rule.id}/outcome-shift-keeps-optimum`,
    statement: `Under ${rule.id}, S'(p, y) = S(p, y) + b_y (here b = (shift, 0)) has the same performatively optimal reports as S for the binary linear map p* + alpha (p - p*).`,
    source: 'docs/mathematics.md SR-07',
    expect: 'refuted',
    arbitrary: fc.record({ pStar: linearInput.map((i) => i.pStar), alpha: linearInput.map((i) => i.alpha), shift: unitRational() }),
    codec: recordCodec({ pStar: 'rational', alpha: 'rational', shift: 'rational' }),
    check({ pStar, alpha, shift }) {
      const spec = linearSpec(pStar, alpha);
      const shifted = withOutcomeShift(rule, [shift, Rational.ZERO]);
      const before = optimalReports(rule, spec).sets.map((s) => JSON.stringify(s.kind === 'point' ? s.point.map(String) : s));
      const after = optimalReports(shifted, spec).sets.map((s) => JSON.stringify(s.kind === 'point' ? s.point.map(String) : s));
      if (before.join() === after.join()) return HOLDS_EXACT;
      return refutedExact({ map: `f(p) = ${pStar} + ${alpha} (p - ${pStar})`, shift: String(shift), optimumWithS: before, optimumWithShiftedS: after });
    },
  };
}
