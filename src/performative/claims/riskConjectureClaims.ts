import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import { HALF, HOLDS_EXACT, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec, type RecordOf } from './_internals/recordCodec.ts';

const R = Rational;
const two = R.of(2);

/** The least k/8 with (k/8)^2 >= x (x >= 0): an exact rational upper bound on sqrt(x). */
export function sqrtUpperBound(x: Rational): Rational {
  let k = BigInt(Math.max(0, Math.floor(Math.sqrt(x.toNumber()) * 8) - 1));
  while (R.of(k, 8n).pow(2).lt(x)) k += 1n;
  return R.of(k, 8n);
}

/**
 * PERF-07 family (docs/mathematics.md PERF-07): theta in R^2, l(z; theta) = theta^T A theta / 2 + theta^T B z with
 * A = diag(a1, a2), 0 < a1 <= a2, and D(theta) the point mass at z = mu + E theta. Then gamma = a1, the
 * gradient A theta + B z is beta-Lipschitz in theta and in z for every beta >= max(a2, |B|) (|B|_F bounds
 * the operator norm), and D is eps-sensitive for every eps >= |E|_F. Repeated gradient descent is
 * theta <- theta - eta (A theta + B (mu + E theta)); theta_PS solves (A + B E) theta = -B mu.
 */
const RGD_SHAPE = {
  a1: 'rational', a2: 'rational', b11: 'rational', b12: 'rational', b21: 'rational', b22: 'rational',
  e11: 'rational', e12: 'rational', e21: 'rational', e22: 'rational', mu1: 'rational', mu2: 'rational',
  beta: 'rational', eps: 'rational', eta: 'rational', theta1: 'rational', theta2: 'rational',
} as const;
type RgdInput = RecordOf<typeof RGD_SHAPE>;

const frobenius2 = (m: readonly Rational[]) => R.sum(m.map((x) => x.pow(2)));

function rgdPremise(i: RgdInput, at: string): void {
  if (!(i.a1.sign() > 0 && i.a1.le(i.a2))) throw new SpecError(`${at}.a1`, 'needs 0 < a1 <= a2');
  if (i.beta.lt(i.a2) || i.beta.pow(2).lt(frobenius2([i.b11, i.b12, i.b21, i.b22]))) throw new SpecError(`${at}.beta`, 'needs beta >= a2 and beta^2 >= |B|_F^2');
  if (i.eps.sign() < 0 || i.eps.pow(2).lt(frobenius2([i.e11, i.e12, i.e21, i.e22]))) throw new SpecError(`${at}.eps`, 'needs eps >= 0 and eps^2 >= |E|_F^2');
  if (!i.eps.lt(i.a1.div(i.beta.add(i.a1)))) throw new SpecError(`${at}.eps`, 'needs eps < gamma/(beta + gamma)');
  if (!(i.eta.sign() > 0 && i.eta.le(two.div(i.beta.add(i.a1))))) throw new SpecError(`${at}.eta`, 'needs 0 < eta <= 2/(beta + gamma)');
}

const rgdInputs: fc.Arbitrary<RgdInput> = fc
  .record({
    a1: rationalBetween(0, 2).filter((x) => x.sign() > 0),
    gap: rationalBetween(0, 2),
    b: fc.array(rationalBetween(-1, 1), { minLength: 4, maxLength: 4 }),
    e: fc.array(rationalBetween(-1, 1), { minLength: 4, maxLength: 4 }),
    mu: fc.array(rationalBetween(-1, 1), { minLength: 2, maxLength: 2 }),
    t: unitRational().filter((t) => t.lt(R.ONE)),
    s: unitRational().filter((s) => s.sign() > 0),
    theta: fc.array(rationalBetween(-2, 2), { minLength: 2, maxLength: 2 }),
  })
  .map(({ a1, gap, b, e, mu, t, s, theta }) => {
    const a2 = a1.add(gap);
    const beta = R.max(a2, sqrtUpperBound(frobenius2(b)));
    const eps = t.mul(a1).div(beta.add(a1));
    const r0 = sqrtUpperBound(frobenius2(e));
    const scale = r0.isZero() ? R.ZERO : eps.div(r0);
    const [e11, e12, e21, e22] = e.map((x) => x.mul(scale));
    return {
      a1, a2, b11: b[0]!, b12: b[1]!, b21: b[2]!, b22: b[3]!, e11: e11!, e12: e12!, e21: e21!, e22: e22!,
      mu1: mu[0]!, mu2: mu[1]!, beta, eps, eta: s.mul(two).div(beta.add(a1)), theta1: theta[0]!, theta2: theta[1]!,
    };
  });

/** One step of repeated gradient descent and the stable point, exactly. */
export function rgdStep(i: RgdInput): { next: Rational[]; stable: Rational[] } {
  // M = A + B E, c = B mu: the expected gradient at theta is M theta + c.
  const m = [
    [i.a1.add(i.b11.mul(i.e11)).add(i.b12.mul(i.e21)), i.b11.mul(i.e12).add(i.b12.mul(i.e22))],
    [i.b21.mul(i.e11).add(i.b22.mul(i.e21)), i.a2.add(i.b21.mul(i.e12)).add(i.b22.mul(i.e22))],
  ] as const;
  const c = [i.b11.mul(i.mu1).add(i.b12.mul(i.mu2)), i.b21.mul(i.mu1).add(i.b22.mul(i.mu2))];
  const det = m[0][0].mul(m[1][1]).sub(m[0][1].mul(m[1][0]));
  const stable = [m[0][1].mul(c[1]!).sub(m[1][1].mul(c[0]!)).div(det), m[1][0].mul(c[0]!).sub(m[0][0].mul(c[1]!)).div(det)];
  const theta = [i.theta1, i.theta2];
  const grad = [0, 1].map((r) => m[r]![0]!.mul(theta[0]!).add(m[r]![1]!.mul(theta[1]!)).add(c[r]!));
  return { next: theta.map((t, r) => t.sub(i.eta.mul(grad[r]!))), stable };
}

/**
 * PERF-07 (CONJECTURE, reconstructed): |theta_{t+1} - theta_PS| <= (1 - eta (beta gamma/(beta + gamma) -
 * eps beta)) |theta_t - theta_PS| under eps < gamma/(beta + gamma) and eta <= 2/(beta + gamma). Searched on
 * the quadratic family above, where it holds: |I - eta A| <= 1 - eta gamma for eta <= 2/(beta + gamma) and
 * |eta B E| <= eta beta eps, and gamma >= beta gamma/(beta + gamma).
 */
export const rgdContractionClaim: Claim<RgdInput> = {
  id: 'rgd/contracts-at-reconstructed-rate',
  statement: 'Repeated gradient descent on l(z; theta) = theta^T A theta/2 + theta^T B z (A diagonal, gamma = a1, beta >= max(a2, |B|)), z = mu + E theta (|E| <= eps < gamma/(beta + gamma)), step 0 < eta <= 2/(beta + gamma): |theta_{t+1} - theta_PS| <= (1 - eta (beta gamma/(beta + gamma) - eps beta)) |theta_t - theta_PS|.',
  source: 'docs/mathematics.md PERF-07 (CONJECTURE: the statement reconstructed from Perdomo et al. 2020; searched on a family of quadratic losses)',
  expect: 'holds',
  arbitrary: rgdInputs,
  codec: recordCodec(RGD_SHAPE, rgdPremise),
  check(i) {
    const { next, stable } = rgdStep(i);
    const rate = R.ONE.sub(i.eta.mul(i.beta.mul(i.a1).div(i.beta.add(i.a1)).sub(i.eps.mul(i.beta))));
    const after = frobenius2(next.map((x, r) => x.sub(stable[r]!)));
    const before = frobenius2([i.theta1, i.theta2].map((x, r) => x.sub(stable[r]!)));
    if (rate.sign() >= 0 && after.le(rate.pow(2).mul(before))) return HOLDS_EXACT;
    return refutedExact({ thetaPS: stable.map(String), next: next.map(String), rate: String(rate), squaredDistanceBefore: String(before), squaredDistanceAfter: String(after) });
  },
};

/**
 * PERF-08 family (docs/mathematics.md PERF-08): scalar l(z; theta) = a theta^2/2 + b z theta + c z^2/2 with
 * gamma = a > 0, beta >= max(a, |b|) (joint smoothness constrains the gradient in theta only, so c is
 * free), D(theta) the point mass at mu + s theta with |s| <= eps. PR(theta) = (a/2 + b s + c s^2/2) theta^2
 * + (linear), convex iff its leading coefficient is >= 0.
 */
const CONVEX_SHAPE = { a: 'rational', b: 'rational', c: 'rational', s: 'rational', beta: 'rational', eps: 'rational' } as const;
type ConvexInput = RecordOf<typeof CONVEX_SHAPE>;

interface ConvexityVariant {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
  readonly expect: 'holds' | 'refuted';
  /** The threshold on eps as a multiple of gamma/beta (1/2: PERF-08; 1: the RRM threshold of PERF-03). */
  readonly threshold: Rational;
  /** Whether the loss must be convex in z (c >= 0), a hypothesis PERF-02 does not make. */
  readonly convexInZ: boolean;
}

function convexityClaim(v: ConvexityVariant): Claim<ConvexInput> {
  const limit = (i: ConvexInput) => v.threshold.mul(i.a).div(i.beta);
  return {
    id: v.id,
    statement: v.statement,
    source: v.source,
    expect: v.expect,
    arbitrary: fc
      .record({
        a: rationalBetween(0, 2).filter((x) => x.sign() > 0),
        b: fc.oneof(rationalBetween(-2, 2), fc.constant(null)),
        c: v.convexInZ ? fc.oneof(fc.constant(R.ZERO), rationalBetween(0, 4)) : fc.oneof(rationalBetween(-100, 4), rationalBetween(-4, 4)),
        extra: rationalBetween(0, 1),
        u: unitRational(),
        w: fc.oneof(fc.constant(R.ONE), rationalBetween(-1, 1)),
      })
      .map(({ a, b, c, extra, u, w }) => {
        // b = null stands for the extreme b = -beta; beta >= max(a, |b|), eps = u times the limit (strictly below it
        // when the limit itself is excluded), s = w eps.
        const beta = R.max(a, b ? b.abs() : a).add(extra);
        const lim = v.threshold.mul(a).div(beta);
        const eps = v.threshold.equals(R.ONE) && u.equals(R.ONE) ? lim.mul(R.of('99/100')) : u.mul(lim);
        return { a, b: b ?? beta.neg(), c, s: w.mul(eps), beta, eps };
      }),
    codec: recordCodec(CONVEX_SHAPE, (i, at) => {
      if (!(i.a.sign() > 0)) throw new SpecError(`${at}.a`, 'needs gamma = a > 0');
      if (i.beta.lt(i.a) || i.beta.lt(i.b.abs())) throw new SpecError(`${at}.beta`, 'needs beta >= max(a, |b|)');
      if (i.s.abs().gt(i.eps)) throw new SpecError(`${at}.s`, 'needs |s| <= eps');
      const over = v.threshold.equals(R.ONE) ? !i.eps.lt(limit(i)) : i.eps.gt(limit(i));
      if (over) throw new SpecError(`${at}.eps`, `needs eps ${v.threshold.equals(R.ONE) ? '<' : '<='} ${v.threshold} gamma/beta`);
      if (v.convexInZ && i.c.sign() < 0) throw new SpecError(`${at}.c`, 'needs c >= 0 (the loss convex in z)');
    }),
    check(i) {
      const leading = i.a.div(two).add(i.b.mul(i.s)).add(i.c.mul(i.s.pow(2)).div(two));
      return leading.sign() >= 0 ? HOLDS_EXACT : refutedExact({ leadingCoefficientOfPR: String(leading), gammaOver2Beta: String(i.a.div(two.mul(i.beta))), eps: String(i.eps) });
    },
  };
}

/** PERF-08 as reconstructed, under the PERF-02 hypotheses only: refuted by a loss concave in z. */
export const riskConvexReconstructedClaim = convexityClaim({
  id: 'perf/risk-convex-if-eps-at-most-gamma-over-2beta',
  statement: 'Under the PERF-02 hypotheses (gamma-strongly convex, beta-jointly smooth, eps-sensitive location family), the performative risk is convex whenever eps <= gamma/(2 beta); searched on l(z; theta) = a theta^2/2 + b z theta + c z^2/2, D(theta) = point mass at mu + s theta.',
  source: 'docs/mathematics.md PERF-08 (CONJECTURE: reconstructed from Miller et al. 2021; the PERF-02 hypotheses do not constrain the curvature in z)',
  expect: 'refuted',
  threshold: HALF,
  convexInZ: false,
});

/** PERF-08 with the loss also convex in z: holds on the family (a/2 + b s >= a/2 - beta eps >= 0). */
export const riskConvexConvexInZClaim = convexityClaim({
  id: 'perf/risk-convex-if-eps-at-most-gamma-over-2beta-loss-convex-in-z',
  statement: 'With the PERF-02 hypotheses and the loss convex in z (c >= 0), the performative risk of l(z; theta) = a theta^2/2 + b z theta + c z^2/2, D(theta) = point mass at mu + s theta, is convex whenever eps <= gamma/(2 beta).',
  source: 'docs/mathematics.md PERF-08 (CONJECTURE; this family: PR = (a/2 + b s + c s^2/2) theta^2 + ..., and a/2 + b s >= a/2 - beta eps >= 0)',
  expect: 'holds',
  threshold: HALF,
  convexInZ: true,
});

/** The threshold is gamma/(2 beta), not the RRM threshold gamma/beta (PERF-03): FALSE even for losses convex in z. */
export const riskConvexBelowRrmThresholdClaim = convexityClaim({
  id: 'perf/risk-convex-if-eps-below-gamma-over-beta',
  statement: 'With the loss convex in z (c >= 0), the performative risk of l(z; theta) = a theta^2/2 + b z theta + c z^2/2, D(theta) = point mass at mu + s theta, is convex whenever eps < gamma/beta (the threshold of repeated risk minimisation).',
  source: 'docs/mathematics.md PERF-08 (the worked example: b = -beta, s = eps between gamma/(2 beta) and gamma/beta gives a concave PR), PERF-03',
  expect: 'refuted',
  threshold: R.ONE,
  convexInZ: true,
});
