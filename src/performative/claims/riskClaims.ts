import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { perdomoStableAndOptimal } from '../dynamics/repeatedRiskMinimization.ts';
import { rationalBetween } from '../map/mapSpecArbitrary.ts';
import { HOLDS_EXACT, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

/**
 * The family of docs/mathematics.md PERF-05: l(z; theta) = (theta - z)^2/2 + lambda theta^2/2 with z = a + eps theta
 * deterministic. gamma = 1 + lambda (strong convexity in theta), D is |eps|-sensitive (W1 between point
 * masses), PR(theta) = ((1 - eps) theta - a)^2/2 + lambda theta^2/2.
 */
type RiskInput = { readonly a: Rational; readonly eps: Rational; readonly lambda: Rational };

const half = Rational.of('1/2');
const loss = (theta: Rational, z: Rational, lambda: Rational) => theta.sub(z).pow(2).mul(half).add(lambda.mul(theta.pow(2)).mul(half));
const risk = ({ a, eps, lambda }: RiskInput, theta: Rational) => loss(theta, a.add(eps.mul(theta)), lambda);

/**
 * theta_PS and theta_PO, each certified by its own condition rather than taken from the formula: theta_PS
 * minimises the strictly convex DPR(theta_PS, .) (its derivative vanishes there), theta_PO minimises the
 * strictly convex PR (PR' = 0 there). Undefined if a condition fails (a bug in the closed forms).
 */
function certifiedPoints(input: RiskInput): { stable: Rational; optimal: Rational } | undefined {
  const { a, eps, lambda } = input;
  const { stable, optimal } = perdomoStableAndOptimal(a, eps, lambda);
  const dprSlope = stable.sub(a.add(eps.mul(stable))).add(lambda.mul(stable)); // d/dphi DPR(stable, phi) at phi = stable
  const one = Rational.ONE;
  const prSlope = one.sub(eps).mul(one.sub(eps).mul(optimal).sub(a)).add(lambda.mul(optimal));
  return dprSlope.isZero() && prSlope.isZero() ? { stable, optimal } : undefined;
}

const riskInputs = fc
  .record({ a: rationalBetween(-2, 2), eps: rationalBetween(-1, 2), lambda: rationalBetween(0, 2) })
  .filter(({ eps, lambda }) => !Rational.ONE.add(lambda).equals(eps) && !(lambda.isZero() && eps.equals(Rational.ONE)));
const riskCodec = recordCodec({ a: 'rational', eps: 'rational', lambda: 'rational' }, ({ eps, lambda }, at) => {
  if (lambda.sign() < 0) throw new SpecError(`${at}.lambda`, 'needs lambda >= 0');
  if (Rational.ONE.add(lambda).equals(eps)) throw new SpecError(`${at}.eps`, 'needs eps != 1 + lambda (no stable point otherwise)');
  if (lambda.isZero() && eps.equals(Rational.ONE)) throw new SpecError(`${at}.eps`, 'eps = 1 with lambda = 0 makes PR constant');
});

/** PERF-05 (FALSE): "a performatively stable model minimises the performative risk". */
export const stableIsOptimalClaim: Claim<RiskInput> = {
  id: 'rrm/stable-point-is-optimal',
  statement: 'For l(z; theta) = (theta - z)^2/2 + lambda theta^2/2 with z = a + eps theta, the performatively stable theta_PS minimises the performative risk: PR(theta_PS) <= PR(theta_PO).',
  source: 'docs/mathematics.md PERF-05 (Perdomo et al. 2020; Miller et al. 2021)',
  expect: 'refuted',
  arbitrary: riskInputs,
  codec: riskCodec,
  check(input) {
    const points = certifiedPoints(input);
    if (!points) throw new Error('the closed forms of theta_PS and theta_PO fail their first-order conditions');
    const [atStable, atOptimal] = [risk(input, points.stable), risk(input, points.optimal)];
    if (atStable.le(atOptimal)) return HOLDS_EXACT;
    return refutedExact({ thetaPS: String(points.stable), thetaPO: String(points.optimal), riskAtPS: String(atStable), riskAtPO: String(atOptimal) });
  },
};

/**
 * PERF-06: |theta_PO - theta_PS| <= factor L_z |eps| / gamma, gamma = 1 + lambda and L_z the Lipschitz
 * constant of l(.; theta_PO) on the segment of z between the two point masses (max |z - theta_PO| at its
 * ends): the proof of docs/mathematics.md PERF-06 uses no other z. factor 2 is the theorem; factor 1 is FALSE.
 */
function stableNearOptimalClaim(factor: 1 | 2): Claim<RiskInput> {
  return {
    id: factor === 2 ? 'rrm/stable-within-2-lz-eps-over-gamma-of-optimal' : 'rrm/stable-within-lz-eps-over-gamma-of-optimal',
    statement: `For l(z; theta) = (theta - z)^2/2 + lambda theta^2/2 with z = a + eps theta (gamma = 1 + lambda, |eps|-sensitive, L_z = the Lipschitz constant of l(., theta_PO) between the two point masses), |theta_PO - theta_PS| <= ${factor === 2 ? '2 ' : ''}L_z |eps| / gamma.`,
    source: factor === 2 ? 'docs/mathematics.md PERF-06 (Perdomo et al. 2020, §4)' : 'docs/mathematics.md PERF-06 (the factor 2 is needed: the worked example has d = 4/15 > L_z eps/gamma = 7/30)',
    expect: factor === 2 ? 'holds' : 'refuted',
    arbitrary: riskInputs,
    codec: riskCodec,
    check(input) {
      const points = certifiedPoints(input);
      if (!points) throw new Error('the closed forms of theta_PS and theta_PO fail their first-order conditions');
      const { a, eps, lambda } = input;
      const { stable, optimal } = points;
      const z = (theta: Rational) => a.add(eps.mul(theta));
      const lz = Rational.max(z(optimal).sub(optimal).abs(), z(stable).sub(optimal).abs());
      const gamma = Rational.ONE.add(lambda);
      const d = optimal.sub(stable).abs();
      const bound = Rational.of(factor).mul(lz).mul(eps.abs()).div(gamma);
      return d.le(bound) ? HOLDS_EXACT : refutedExact({ thetaPS: String(stable), thetaPO: String(optimal), distance: String(d), Lz: String(lz), gamma: String(gamma), bound: String(bound) });
    },
  };
}

export const stableNearOptimalClaimTheorem = stableNearOptimalClaim(2);
export const stableNearOptimalClaimWithoutTwo = stableNearOptimalClaim(1);
