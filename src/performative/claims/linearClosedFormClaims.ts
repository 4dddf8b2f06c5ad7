import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import type { ReportSet } from '../map/ReportSet.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { HALF, HOLDS_EXACT, linearSpec, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

type LinearInput = { readonly pStar: Rational; readonly alpha: Rational };

/**
 * The optimal reports of binary Brier for f(p) = p* + alpha (p - p*) in closed form (docs/mathematics.md
 * PP-07), as sets of x = P(first outcome): alpha < 1/2, the clipped vertex of the concave quadratic;
 * 1/2 < alpha < 1, the end nearer p* (both ends at p* = 1/2); alpha = 1/2, Phi is affine with slope
 * 2p* - 1, so 0, 1, or the whole of [0, 1] at p* = 1/2.
 */
export function brierLinearOptimum({ pStar, alpha }: LinearInput): string[] {
  const one = Rational.ONE;
  if (alpha.lt(HALF)) {
    const x = one.sub(alpha).mul(pStar).sub(alpha.div(Rational.of(2))).div(one.sub(alpha.mul(Rational.of(2))));
    return [`point ${Rational.min(one, Rational.max(Rational.ZERO, x))}`];
  }
  const side = pStar.compare(HALF);
  if (side < 0) return ['point 0'];
  if (side > 0) return ['point 1'];
  return alpha.equals(HALF) ? ['segment [0, 1]'] : ['point 0', 'point 1'];
}

/** The optimiser's sets in the same words (first coordinates; the binary report is (x, 1 - x)). */
function describe(set: ReportSet): string {
  if (set.kind === 'point') return `point ${set.point[0]}`;
  if (set.kind === 'segment') return `segment [${set.ends[0][0]}, ${set.ends[1][0]}]`;
  return set.kind;
}

/** alpha < 1 and f maps [0, 1] into itself without clipping: p*(1 - alpha) <= 1 and p* + alpha (1 - p*) >= 0. */
function premise(input: LinearInput, at: string, alphaBelow: Rational): void {
  const { pStar, alpha } = input;
  if (!alpha.lt(alphaBelow)) throw new SpecError(`${at}.alpha`, `needs alpha < ${alphaBelow}`);
  if (pStar.sign() < 0 || pStar.gt(Rational.ONE)) throw new SpecError(`${at}.pStar`, 'must lie in [0, 1]');
  const f0 = pStar.mul(Rational.ONE.sub(alpha));
  const f1 = pStar.add(alpha.mul(Rational.ONE.sub(pStar)));
  if (f0.gt(Rational.ONE) || f0.sign() < 0 || f1.sign() < 0 || f1.gt(Rational.ONE)) {
    throw new SpecError(`${at}.pStar`, `f(p) = p* + alpha (p - p*) must map [0, 1] into itself (f(0) = ${f0}, f(1) = ${f1})`);
  }
}

/**
 * (p*, alpha) with -1 <= alpha < `alphaBelow` (alpha = 1/2 and p* = 1/2 over-weighted: the continuum of
 * optima) and p* in the interval where the unclipped map stays in [0, 1].
 */
function linearInputs(alphaBelow: Rational): fc.Arbitrary<LinearInput> {
  const any = rationalBetween(-1, 1).filter((a) => a.lt(alphaBelow));
  const alpha = HALF.lt(alphaBelow) ? fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constant(HALF) }) : any;
  return fc.record({ alpha, t: fc.oneof({ weight: 4, arbitrary: unitRational() }, { weight: 1, arbitrary: fc.constant(HALF) }) }).map(({ alpha, t }) => {
    const one = Rational.ONE;
    const lo = alpha.sign() < 0 ? alpha.neg().div(one.sub(alpha)) : Rational.ZERO;
    const hi = alpha.sign() < 0 ? one.div(one.sub(alpha)) : one;
    return { alpha, pStar: lo.add(t.mul(hi.sub(lo))) };
  });
}

/** PP-07 (holds): the exact optimiser agrees with the closed form, clipping and the alpha = 1/2 continuum included. */
export function brierLinearClosedFormClaim(rule: ScoringRule): Claim<LinearInput> {
  return {
    id: `${rule.id}/linear-map-optimum-closed-form`,
    statement: `Under ${rule.id} (binary Brier, reward form), for f(p) = p* + alpha (p - p*) mapping [0, 1] into itself with alpha < 1, the set of optimal reports is: clip(((1 - alpha) p* - alpha/2)/(1 - 2 alpha), 0, 1) for alpha < 1/2; 0 if p* < 1/2, 1 if p* > 1/2 for alpha >= 1/2; {0, 1} at p* = 1/2 < alpha; all of [0, 1] at alpha = p* = 1/2.`,
    source: 'docs/mathematics.md PP-07 (closed form derived from Phi\'(p) = alpha (4p - 2) + 4 (1 - alpha)(p* - p))',
    expect: 'holds',
    arbitrary: linearInputs(Rational.ONE),
    codec: recordCodec({ pStar: 'rational', alpha: 'rational' }, (input, at) => premise(input, at, Rational.ONE)),
    check(input) {
      if (!isQuadraticAt(rule, 2)) throw new Error(`${rule.id} lacks the quadratic trait the closed form is about`);
      const exact = optimalReports(rule, linearSpec(input.pStar, input.alpha)).sets.map(describe).sort();
      const closed = brierLinearOptimum(input).sort();
      return exact.join('; ') === closed.join('; ') ? HOLDS_EXACT : refutedExact({ optimiser: exact, closedForm: closed });
    },
  };
}

/**
 * The closed form without its clip (FALSE): "for alpha < 1/2 the optimal report is
 * ((1 - alpha) p* - alpha/2)/(1 - 2 alpha)". Wrong as soon as that point leaves [0, 1]
 * (docs/mathematics.md PP-07: p* = 1/10, alpha = 1/5 gives -1/30, the optimum is 0).
 */
export function brierUnclippedFormulaClaim(rule: ScoringRule): Claim<LinearInput> {
  return {
    id: `${rule.id}/linear-map-optimum-unclipped-formula`,
    statement: `Under ${rule.id} (binary Brier), for f(p) = p* + alpha (p - p*) with alpha < 1/2 mapping [0, 1] into itself, the optimal report is ((1 - alpha) p* - alpha/2)/(1 - 2 alpha), without clipping.`,
    source: 'docs/mathematics.md PP-07 (the clip is needed: the worked example p* = 1/10, alpha = 1/5)',
    expect: 'refuted',
    arbitrary: linearInputs(HALF),
    codec: recordCodec({ pStar: 'rational', alpha: 'rational' }, (input, at) => premise(input, at, HALF)),
    check(input) {
      const { pStar, alpha } = input;
      const formula = Rational.ONE.sub(alpha).mul(pStar).sub(alpha.div(Rational.of(2))).div(Rational.ONE.sub(alpha.mul(Rational.of(2))));
      const exact = optimalReports(rule, linearSpec(pStar, alpha)).sets.map(describe);
      return exact.length === 1 && exact[0] === `point ${formula}` ? HOLDS_EXACT : refutedExact({ unclippedFormula: String(formula), optimalReports: exact });
    },
  };
}
