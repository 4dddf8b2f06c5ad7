import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { rangeOver } from '../map/binaryMapEnclosure.ts';
import { piecewiseLinearArbitrary, rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import { convexityRatio } from '../optimum/convexityRatio.ts';
import { decideOptimumWithinBound, type ReportBounds } from '../optimum/decideOptimumWithinBound.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { certifiedRatioBound } from './performativeBattery.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { DomainError, InexactError } from '../../numbers/Field.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { HOLDS_EXACT, lipschitzOrThrow, linearSpec, pointXs, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

/** Strictly proper binary rules the PP-05 / PP-06 bounds are searched over (the map and the rule are both inputs). */
export const BOUND_RULES: readonly string[] = [
  'quadratic', 'logarithmic', 'spherical', 'power(3)', 'power(5/2)', 'power(4)', 'binary-exponential(1)', 'binary-exponential(10)', 'ranked-probability',
];

/** Where a rule's constant came from: computed and certified from the score, or declared by the rule with its proof. */
export interface RuleConstant {
  readonly cS: Rational;
  readonly how: 'computed' | 'declared';
}

const constants = new Map<string, RuleConstant | undefined>();

/**
 * c_S for PP-05: a certified upper bound on sup |G'/G''| over [0, 1], computed from the rule's score by
 * interval evaluation (performativeBattery.ts: certifiedRatioBound, which also certifies G'' > 0); where
 * the computation cannot reach the ends (the log rule: ln 0), the bound the rule declares with its proof
 * (trait binaryConvexity, checked in builtinTraits.test.ts). Computed once per rule object and kept.
 */
export function ruleConstant(rule: ScoringRule): RuleConstant | undefined {
  if (!constants.has(rule.id)) {
    const computed = certifiedRatioBound(rule, 32, 80);
    const declared = rule.traits?.binaryConvexity?.bound;
    constants.set(rule.id, computed ? { cS: computed, how: 'computed' } : declared ? { cS: declared, how: 'declared' } : undefined);
  }
  return constants.get(rule.id);
}

function constantOrThrow(rule: ScoringRule): RuleConstant {
  const c = ruleConstant(rule);
  if (!c) throw new SpecError('input.rule', `no certified bound on c_S for ${rule.id}`);
  return c;
}

const ruleArbitrary = (ids: readonly string[]) => fc.constantFrom(...ids).map((id) => ruleById(id).rule);

/**
 * The rules the naive distance bound is searched over: those with the quadratic trait, whose optimum is exact,
 * so every violation is certified. (For the others a violation at an end of [0, 1] may tie with another
 * candidate too closely for the sign analysis to separate: an undecided case, not a counterexample.)
 */
export const NAIVE_DISTANCE_RULES: readonly string[] = ['quadratic', 'ranked-probability'];

/** Contractions: continuous piecewise-linear maps with slopes |s| <= s_max < 1 (values clipped to [0, 1], which only flattens), or linear maps. */
function contractionArbitrary(): fc.Arbitrary<MapSpec> {
  const piecewise = fc
    .record({
      breaks: fc.uniqueArray(unitRational().filter((x) => x.sign() > 0 && x.lt(Rational.ONE)), { maxLength: 2, comparator: (a, b) => a.equals(b) }),
      y0: unitRational(),
      slopes: fc.array(rationalBetween(-1, 1).filter((s) => s.abs().lt(Rational.ONE)), { minLength: 3, maxLength: 3 }),
    })
    .map(({ breaks, y0, slopes }): MapSpec => {
      const xs = [Rational.ZERO, ...[...breaks].sort((a, b) => a.compare(b)), Rational.ONE];
      const ys = [y0];
      for (let k = 1; k < xs.length; k++) ys.push(ys[k - 1]!.add(slopes[k - 1]!.mul(xs[k]!.sub(xs[k - 1]!))));
      const clip = (y: Rational) => Rational.min(Rational.ONE, Rational.max(Rational.ZERO, y));
      return { kind: 'binary-piecewise-linear', points: xs.map((x, k) => [x, clip(ys[k]!)] as const) };
    });
  const linear = fc
    .record({ pStar: unitRational(), alpha: rationalBetween(0, 1).filter((a) => a.lt(Rational.ONE)) })
    .map(({ pStar, alpha }) => linearSpec(pStar, alpha));
  return fc.oneof(piecewise, linear);
}

/** The map's exact Lipschitz constant and, when L < 1, its unique fixed point. */
function contractionOrThrow(map: MapSpec, at: string): { L: Rational; fixed: Rational } {
  const L = lipschitzOrThrow(map, at);
  if (!L.lt(Rational.ONE)) throw new SpecError(at, `needs a contraction (L < 1), got L = ${L}`);
  const fixed = pointXs(fixedPoints(map).sets);
  if (!fixed || fixed.length !== 1) throw new SpecError(at, 'a contraction has exactly one fixed point; none was found exactly');
  return { L, fixed: fixed[0]! };
}

/**
 * Every optimal report meets `bounds`: for rules with the quadratic trait on the exact optimum (points, and
 * the ends of segments, where the convex |f(x) - x| and |x - p*| are largest); otherwise by the signs of
 * Phi' = G''(f - x + f' G'/G''), which is the derivative only for a proper rule (PP-03; decideOptimumWithinBound).
 */
function decideBounds(rule: ScoringRule, map: MapSpec, bounds: ReportBounds, extra: object): CaseOutcome {
  const out = isQuadraticAt(rule, 2) ? exactBounds(rule, map, bounds) : decideOptimumWithinBound(rule, map, binaryPieces(map)!, bounds, { ratio: convexityRatio(rule) });
  return out.kind === 'refuted' ? { ...out, witness: { rule: rule.id, ...extra, violation: out.witness } } : out;
}

function exactBounds(rule: ScoringRule, map: MapSpec, bounds: ReportBounds): CaseOutcome {
  for (const set of optimalReports(rule, map).sets) {
    const ends = set.kind === 'point' ? [set.point[0]!] : set.kind === 'segment' ? [set.ends[0][0]!, set.ends[1][0]!] : [];
    for (const x of ends) {
      const inaccuracy = rangeOver(map, x, x)[0].sub(x).abs();
      const distance = bounds.distance ? x.sub(bounds.distance.target).abs() : undefined;
      if (inaccuracy.gt(bounds.inaccuracy) || (distance && distance.gt(bounds.distance!.bound))) {
        return refutedExact({ report: String(x), inaccuracy: String(inaccuracy), inaccuracyBound: String(bounds.inaccuracy), ...(distance ? { distance: String(distance), distanceBound: String(bounds.distance!.bound) } : {}) });
      }
    }
  }
  return HOLDS_EXACT;
}

type RuleMap = { readonly rule: ScoringRule; readonly map: MapSpec };

/** PP-05 (holds): |f(p_hat) - p_hat| <= L c_S for every rule of the list and every continuous piecewise-linear f. */
export const inaccuracyBoundClaim: Claim<RuleMap> = {
  id: 'performative/inaccuracy-within-l-cs',
  statement: `For the strictly proper binary rules ${BOUND_RULES.join(', ')} and every continuous piecewise-linear f: [0, 1] -> [0, 1] with Lipschitz constant L, every optimal report p satisfies |f(p) - p| <= L c_S, with c_S a certified upper bound on sup |G'/G''| computed from the rule (declared with its proof where the computation cannot reach the ends: log).`,
  source: 'docs/mathematics.md PP-05 (Oesterheld et al. 2023)',
  expect: 'holds',
  arbitrary: fc.record({ rule: ruleArbitrary(BOUND_RULES), map: piecewiseLinearArbitrary(2) }),
  codec: recordCodec({ rule: 'rule', map: 'map' }, (input, at) => {
    if (!BOUND_RULES.includes(input.rule.id)) throw new SpecError(`${at}.rule`, `this claim is about ${BOUND_RULES.join(', ')}`);
    lipschitzOrThrow(input.map, `${at}.map`);
  }),
  check({ rule, map }) {
    const L = lipschitzOrThrow(map, 'input.map');
    const { cS, how } = constantOrThrow(rule);
    return decideBounds(rule, map, { inaccuracy: L.mul(cS) }, { L: String(L), cS: String(cS), constant: how });
  },
};

/** PP-06 on contractions: |p_hat - p*| <= factor L c_S, factor 1/(1 - L) (holds) or 1 (FALSE: PP-08, PP-13). */
function distanceClaim(withFactor: boolean): Claim<RuleMap> {
  const factorText = withFactor ? 'L c_S / (1 - L)' : 'L c_S';
  const rules = withFactor ? BOUND_RULES : NAIVE_DISTANCE_RULES;
  return {
    id: withFactor ? 'performative/distance-within-l-cs-over-1-minus-l' : 'performative/distance-within-l-cs',
    statement: `For the strictly proper binary rules ${rules.join(', ')} and every continuous piecewise-linear contraction f (L < 1, unique fixed point p*), every optimal report p satisfies |p - p*| <= ${factorText} (c_S as in performative/inaccuracy-within-l-cs).`,
    source: withFactor ? 'docs/mathematics.md PP-06 (Oesterheld et al. 2023)' : 'docs/mathematics.md PP-06 (the factor 1/(1 - L) is needed), PP-08 (attained for Brier at p* = alpha/(2(1 - alpha))), PP-13',
    expect: withFactor ? 'holds' : 'refuted',
    arbitrary: fc.record({ rule: ruleArbitrary(rules), map: contractionArbitrary() }),
    codec: recordCodec({ rule: 'rule', map: 'map' }, (input, at) => {
      if (!rules.includes(input.rule.id)) throw new SpecError(`${at}.rule`, `this claim is about ${rules.join(', ')}`);
      contractionOrThrow(input.map, `${at}.map`);
    }),
    check({ rule, map }) {
      const { L, fixed } = contractionOrThrow(map, 'input.map');
      const { cS, how } = constantOrThrow(rule);
      const bound = withFactor ? L.mul(cS).div(Rational.ONE.sub(L)) : L.mul(cS);
      return decideBounds(rule, map, { inaccuracy: Rational.ONE, distance: { target: fixed, bound } }, { L: String(L), cS: String(cS), constant: how, fixedPoint: String(fixed) });
    },
  };
}

export const distanceBoundClaim = distanceClaim(true);
export const naiveDistanceBoundClaim = distanceClaim(false);

type LinearInput = { readonly pStar: Rational; readonly alpha: Rational };

/** 99/100: the ratio the PP-08 search must exceed (tightness means the worst ratio reaches 1). */
const TIGHT = Rational.of('99/100');

/**
 * The tight fixed point of PP-08 for report x: the interior first-order condition f(x) - x = -alpha r(x)
 * (r = G'/G'') gives p* = x - alpha r(x)/(1 - alpha). Exact where r is rational at x (Brier), else from
 * floats rounded to 1e-6 (floats only propose an input; the check certifies what it gives).
 */
function tightFixedPoint(rule: ScoringRule, x: Rational, alpha: Rational): Rational {
  const ratio = convexityRatio(rule);
  let r: Rational;
  try {
    r = ratio(RationalField, x);
  } catch (error) {
    // irrational (log: ln) or undefined in the rationals (ln 0 at an end): floats propose instead
    if (!(error instanceof InexactError || error instanceof DomainError)) throw error;
    const v = ratio(FloatField, x.toNumber());
    r = Number.isFinite(v) ? Rational.of(BigInt(Math.round(v * 1e6)), 1_000_000n) : Rational.ZERO;
  }
  const p = x.sub(alpha.mul(r).div(Rational.ONE.sub(alpha)));
  return Rational.min(Rational.ONE, Rational.max(Rational.ZERO, p));
}

/**
 * Where floats see |r| = |G'/G''| largest: the best of a 1/1000 grid, refined by ternary search around it
 * and rounded to 1e-6 (a proposal only: the Brier maximum r(0) = -1/2 is found exactly on the grid).
 */
function worstReport(rule: ScoringRule): Rational {
  const ratio = convexityRatio(rule);
  const size = (x: number) => {
    try {
      const v = Math.abs(ratio(FloatField, x));
      return Number.isFinite(v) ? v : -1;
    } catch {
      return -1;
    }
  };
  let best = 500;
  for (let k = 0; k <= 1000; k++) if (size(k / 1000) > size(best / 1000)) best = k;
  if (best === 0 || best === 1000) return Rational.of(BigInt(best), 1000n);
  let [lo, hi] = [(best - 1) / 1000, (best + 1) / 1000];
  for (let i = 0; i < 60; i++) {
    const [m1, m2] = [lo + (hi - lo) / 3, hi - (hi - lo) / 3];
    if (size(m1) < size(m2)) lo = m1;
    else hi = m2;
  }
  return Rational.of(BigInt(Math.round(((lo + hi) / 2) * 1e6)), 1_000_000n);
}

/** A certified lower bound on c_S: |r| at the float-proposed worst report, certified (Brier: r(0) = -1/2 exactly). */
function constantLowerBound(rule: ScoringRule): Rational {
  const [lo, hi] = certifiedRatio(rule, worstReport(rule));
  return lo.sign() >= 0 ? lo : hi.neg();
}

function certifiedRatio(rule: ScoringRule, x: Rational): [Rational, Rational] {
  const ratio = convexityRatio(rule);
  return certifiedBounds((F) => ratio(F, F.fromRational(x)), 40);
}

/**
 * PP-08 as a search for the worst ratio (FALSE claim): "for binary linear maps with 0 < alpha <= 1/2 the
 * optimal report's inaccuracy stays below 99/100 of the PP-05 bound alpha c_S". Refuted when every place
 * a maximiser can lie (the exact optimum, or the certified boxes that contain every maximiser) has
 * inaccuracy >= 99/100 alpha c_S, with c_S the rule's declared upper bound; holds when all have
 * inaccuracy < 99/100 alpha c_low, c_low a certified lower bound on c_S. For linear maps the distance
 * ratio |p_hat - p*| / (alpha c_S/(1 - alpha)) is the same number, so this is PP-06's tightness too.
 */
export function linearMapTightnessClaim(rule: ScoringRule): Claim<LinearInput> {
  const alphaArb = rationalBetween(0, 1).filter((a) => a.sign() > 0 && a.lt(Rational.of('1/2')));
  return {
    id: `${rule.id}/linear-map-bound-ratio-below-99-100`,
    statement: `Under ${rule.id}, for binary linear maps f(p) = p* + alpha (p - p*) with 0 < alpha <= 1/2, every optimal report p has |f(p) - p| < (99/100) alpha c_S: the PP-05 bound is never approached within 1%.`,
    source: `docs/mathematics.md PP-08 (tightness: ${isQuadraticAt(rule, 2) ? 'DERIVED for Brier, attained at p* = alpha/(2(1 - alpha))' : 'numerical evidence for log, attained near p* = x_max - alpha c_S/(1 - alpha)'}), PP-05, PP-06`,
    expect: 'refuted',
    // Half the cases at the tight fixed point of a report: the worst report of |G'/G''| (or its mirror), or any report.
    arbitrary: fc
      .record({
        alpha: alphaArb,
        tight: fc.boolean(),
        x: fc.oneof(fc.constant(null), fc.constant(null).map(() => Rational.ONE.sub(worstReport(rule))), unitRational()),
        pStar: unitRational(),
      })
      .map(({ alpha, tight, x, pStar }) => ({ alpha, pStar: tight ? tightFixedPoint(rule, x ?? worstReport(rule), alpha) : pStar })),
    codec: recordCodec({ pStar: 'rational', alpha: 'rational' }, (input, at) => {
      if (!(input.alpha.sign() > 0 && input.alpha.le(Rational.of('1/2')))) throw new SpecError(`${at}.alpha`, 'needs 0 < alpha <= 1/2');
      if (input.pStar.sign() < 0 || input.pStar.gt(Rational.ONE)) throw new SpecError(`${at}.pStar`, 'must lie in [0, 1]');
    }),
    check({ pStar, alpha }) {
      const upper = rule.traits?.binaryConvexity?.bound;
      if (!upper) throw new Error(`${rule.id} declares no bound on c_S`);
      const lower = constantLowerBound(rule);
      const map = linearSpec(pStar, alpha);
      const boxes = optimalReports(rule, map).sets.map((s): [Rational, Rational] =>
        s.kind === 'point' ? [s.point[0]!, s.point[0]!] : s.kind === 'enclosure' ? [s.box[0]![0], s.box[0]![1]] : s.kind === 'segment' ? [s.ends[0][0]!, s.ends[1][0]!] : [Rational.ZERO, Rational.ONE],
      );
      // |f(x) - x| = (1 - alpha)|p* - x| on a box [a, b] (no clipping for 0 <= alpha < 1): its least and largest values.
      const gap = (x: Rational) => Rational.ONE.sub(alpha).mul(pStar.sub(x).abs());
      const least = ([a, b]: [Rational, Rational]) => (pStar.ge(a) && pStar.le(b) ? Rational.ZERO : Rational.min(gap(a), gap(b)));
      const most = ([a, b]: [Rational, Rational]) => Rational.max(gap(a), gap(b));
      const target = TIGHT.mul(alpha);
      if (boxes.every((box) => least(box).ge(target.mul(upper)))) {
        const ratio = least(boxes[0]!).div(alpha.mul(upper));
        return refutedExact({ optimalReports: boxes.map(([a, b]) => (a.equals(b) ? String(a) : [String(a), String(b)])), inaccuracyAtLeast: String(least(boxes[0]!)), alphaCS: String(alpha.mul(upper)), ratioAtLeast: String(ratio), ratioDecimal: ratio.toNumber().toFixed(6) });
      }
      if (boxes.every((box) => most(box).lt(target.mul(lower)))) return { kind: 'holds', by: { tier: 'interval', digits: 40 } };
      return { kind: 'undecided', reason: `the optimal report's inaccuracy ratio could not be separated from 99/100 (boxes ${boxes.map(([a, b]) => `[${a}, ${b}]`).join(', ')})` };
    },
  };
}
