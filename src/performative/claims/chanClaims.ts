import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { evaluateBinary } from '../map/evaluateMap.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { piecewiseLinearArbitrary, rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { HOLDS_EXACT, lipschitzOrThrow, linearSpec, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

/**
 * Chan's expected reward (docs/mathematics.md OTH-01) for the scoring function s(x) = 1 - (1 - x)^k (k = 2:
 * the Brier-type function of the worked example): r(p_hat) = p s(p_hat) + (1 - p) s(1 - p_hat) with
 * p = f(p_hat), computed from its definition.
 */
export function chanReward(map: MapSpec, x: Rational, k = 2): Rational {
  const p = evaluateBinary(RationalField, map, x);
  const s = (v: Rational) => Rational.ONE.sub(Rational.ONE.sub(v).pow(k));
  return p.mul(s(x)).add(Rational.ONE.sub(p).mul(s(Rational.ONE.sub(x))));
}

/** OTH-01 (holds): r = (Phi + 1)/2 with Phi the binary Brier objective (reward form), so Chan's rule manipulates like Brier. */
export const chanAffineClaim: Claim<{ map: MapSpec; x: Rational; k: Rational }> = {
  id: 'chan/brier-type-reward-is-affine-in-phi',
  statement: 'With the scoring function s(x) = 1 - (1 - x)^2 and p = f(p_hat) for a continuous piecewise-linear binary f, the expected reward r(p_hat) = p s(p_hat) + (1 - p) s(1 - p_hat) equals (Phi(p_hat) + 1)/2, Phi the binary Brier objective.',
  source: 'docs/mathematics.md OTH-01 (Chan 2022; the worked example), PP-02',
  expect: 'holds',
  arbitrary: fc.record({ map: piecewiseLinearArbitrary(2), x: unitRational(), k: fc.constant(Rational.of(2)) }),
  codec: recordCodec({ map: 'map', x: 'rational', k: 'rational' }, (input, at) => {
    lipschitzOrThrow(input.map, `${at}.map`);
    if (input.x.sign() < 0 || input.x.gt(Rational.ONE)) throw new SpecError(`${at}.x`, 'must lie in [0, 1]');
    if (!input.k.equals(Rational.of(2))) throw new SpecError(`${at}.k`, 'this claim is about the Brier-type s(x) = 1 - (1 - x)^2 (k = 2)');
  }),
  check({ map, x, k }) {
    if (!k.isInteger() || k.sign() <= 0) throw new SpecError('input.k', 'needs a positive integer exponent');
    const r = chanReward(map, x, Number(k.num));
    const phi = objectiveAt(RationalField, quadraticRule, map, binaryReport(x));
    const affine = phi.add(Rational.ONE).div(Rational.of(2));
    return r.equals(affine) ? HOLDS_EXACT : refutedExact({ report: String(x), chanReward: String(r), halfPhiPlusOne: String(affine) });
  },
};

/** OTH-01 (FALSE): "under Chan's Brier-type reward the fixed point is the optimal report". */
export const chanFixedPointClaim: Claim<{ pStar: Rational; alpha: Rational }> = {
  id: 'chan/brier-type-reward-optimum-is-fixed-point',
  statement: 'With s(x) = 1 - (1 - x)^2 and a binary linear map f(p) = p* + alpha (p - p*) (0 <= alpha < 1), no report earns a larger expected reward p s(p_hat) + (1 - p) s(1 - p_hat) than the fixed point p*.',
  source: 'docs/mathematics.md OTH-01 (the worked example: r(1/8) = 105/128 > r(1/4) = 13/16), PP-02',
  expect: 'refuted',
  arbitrary: fc.record({ pStar: unitRational(), alpha: rationalBetween(0, 1).filter((a) => a.lt(Rational.ONE)) }),
  codec: recordCodec({ pStar: 'rational', alpha: 'rational' }, (input, at) => {
    if (input.alpha.sign() < 0 || !input.alpha.lt(Rational.ONE)) throw new SpecError(`${at}.alpha`, 'needs 0 <= alpha < 1');
    if (input.pStar.sign() < 0 || input.pStar.gt(Rational.ONE)) throw new SpecError(`${at}.pStar`, 'must lie in [0, 1]');
  }),
  check({ pStar, alpha }) {
    const map = linearSpec(pStar, alpha);
    // The Brier optimum only proposes a better report; the comparison is Chan's reward itself.
    const candidates = optimalReports(quadraticRule, map).sets.flatMap((s) => (s.kind === 'point' ? [s.point[0]!] : []));
    const atFixed = chanReward(map, pStar);
    const better = candidates.find((x) => chanReward(map, x).gt(atFixed));
    return better ? refutedExact({ fixedPoint: String(pStar), rewardAtFixedPoint: String(atFixed), betterReport: String(better), rewardThere: String(chanReward(map, better)) }) : HOLDS_EXACT;
  },
};
