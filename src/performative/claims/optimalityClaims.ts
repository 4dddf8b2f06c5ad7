import fc from 'fast-check';
import type { Claim } from '../../claims/Claim.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { decideComparison } from '../../search/decideComparison.ts';
import { SpecError } from '../../claims/SpecError.ts';
import { fixedPoints } from '../fixedPoints.ts';
import { piecewiseLinearArbitrary, unitRational } from '../mapSpecArbitrary.ts';
import { optimalReports } from '../optimalReports.ts';
import { binaryReport, objectiveAt } from '../performativeObjective.ts';
import { isQuadraticRule, withOutcomeShift } from '../withOutcomeShift.ts';
import { rangeOver } from '../_internals/binaryMapEnclosure.ts';
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
 * A candidate better report: the exact optimum for quadratic rules, else the best of a rational grid
 * by floats (floats only propose; the comparison below is certified).
 */
function candidateReport(rule: ScoringRule, spec: ReturnType<typeof linearSpec>): Rational {
  if (isQuadraticRule(rule)) {
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
    source: 'claims.md PP-02, PP-03 (Oesterheld et al. 2023)',
    expect: 'refuted',
    arbitrary: linearInput,
    codec: linearCodec,
    check({ pStar, alpha }, ctx) {
      const spec = linearSpec(pStar, alpha);
      const q = candidateReport(rule, spec);
      // The proposal is the fixed point itself (e.g. p* = 1/2 for symmetric rules, PP-03): nothing to refute,
      // and an equality of irrational values could never be certified by intervals.
      if (q.equals(pStar)) return { kind: 'holds', by: { tier: 'rational' } };
      const outcome = decideComparison(
        (F) => ({ lhs: objectiveAt(F, rule, spec, binaryReport(pStar)), rhs: objectiveAt(F, rule, spec, binaryReport(q)), relation: '>=' }),
        ctx,
      );
      if (outcome.kind !== 'refuted') return outcome;
      return { ...outcome, witness: { fixedPoint: String(pStar), betterReport: String(q), phiAtFixedPoint_phiAtReport: outcome.witness } };
    },
  };
}

/** c_S = sup |G'/G''| (claims.md PP-05), as exact values or rational upper bounds (log: 0.22387160... < 22388/100000). */
export const INACCURACY_CONSTANTS: Readonly<Record<string, Rational>> = {
  quadratic: Rational.of('1/2'),
  logarithmic: Rational.of('22388/100000'),
  spherical: Rational.ONE,
  'power(3)': Rational.of('1/2'),
  'binary-exponential(10)': Rational.of('1/10'),
};

/**
 * PP-05 and PP-06 (holds): every optimal report has |f(p_hat) - p_hat| <= L c_S, and when L < 1
 * |p_hat - p*| <= L/(1 - L) c_S. Exact for quadratic rules; certified enclosures otherwise (a box
 * that cannot be decided makes the case undecided, never holds).
 */
export function optimumWithinBoundClaim(rule: ScoringRule, cS: Rational): Claim<{ map: import('../MapSpec.ts').MapSpec }> {
  return {
    id: `${rule.id}/optimum-within-bound`,
    statement: `Under ${rule.id} (c_S = ${cS}), for every continuous piecewise-linear binary f with Lipschitz constant L, each optimal report has |f(p) - p| <= L c_S, and |p - p*| <= L/(1 - L) c_S when L < 1.`,
    source: 'claims.md PP-05, PP-06',
    expect: 'holds',
    arbitrary: piecewiseLinearArbitrary(2).map((map) => ({ map })),
    codec: recordCodec({ map: 'map' }, (input, at) => void lipschitzOrThrow(input.map, `${at}.map`)),
    check({ map }) {
      const L = lipschitzOrThrow(map, 'input.map');
      const inaccuracyBound = L.mul(cS);
      const fixed = L.lt(Rational.ONE) ? pointXs(fixedPoints(map).sets) : undefined;
      const distanceBound = L.lt(Rational.ONE) ? L.div(Rational.ONE.sub(L)).mul(cS) : undefined;
      const opt = optimalReports(rule, map, { width: Rational.of(1n, 1024n), maxBoxes: 4000, digits: 24 });
      for (const set of opt.sets) {
        const [a, b] = set.kind === 'point' ? [set.point[0]!, set.point[0]!] : set.kind === 'segment' ? [set.ends[0][0]!, set.ends[0][0]!] : set.kind === 'enclosure' ? set.box[0]! : [Rational.ZERO, Rational.ONE];
        const [flo, fhi] = rangeOver(map, a, b);
        const worst = Rational.max(fhi.sub(a).abs(), b.sub(flo).abs());
        const best = Rational.max(Rational.ZERO, Rational.max(flo.sub(b), a.sub(fhi)));
        const farthest = fixed?.length === 1 ? Rational.max(a.sub(fixed[0]!).abs(), b.sub(fixed[0]!).abs()) : undefined;
        const witness = { report: [String(a), String(b)], inaccuracy: [String(best), String(worst)], L: String(L), bound: String(inaccuracyBound) };
        if (worst.gt(inaccuracyBound)) {
          return a.equals(b) ? refutedExact(witness) : { kind: 'undecided', reason: 'enclosure too wide for the inaccuracy bound', witness };
        }
        if (distanceBound && farthest && farthest.gt(distanceBound)) {
          const w = { ...witness, fixedPoint: String(fixed![0]), distanceBound: String(distanceBound) };
          return a.equals(b) ? refutedExact(w) : { kind: 'undecided', reason: 'enclosure too wide for the distance bound', witness: w };
        }
      }
      return opt.method === 'branch-and-bound' ? { kind: 'holds', by: { tier: 'interval', digits: 24 } } : HOLDS_EXACT;
    },
  };
}

/** SR-07 (FALSE claim): "adding an outcome-only term b_y never changes the performatively optimal report". */
export function outcomeShiftClaim(rule: ScoringRule): Claim<{ pStar: Rational; alpha: Rational; shift: Rational }> {
  return {
    id: `${rule.id}/outcome-shift-keeps-optimum`,
    statement: `Under ${rule.id}, S'(p, y) = S(p, y) + b_y (here b = (shift, 0)) has the same performatively optimal reports as S for the binary linear map p* + alpha (p - p*).`,
    source: 'claims.md SR-07',
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
