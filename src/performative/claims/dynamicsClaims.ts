import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { DomainError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { decide } from '../../certify/decide.ts';
import { stopGradientAscent } from '../dynamics/ascentDynamics.ts';
import { bestResponseDynamics } from '../dynamics/bestResponseDynamics.ts';
import { evaluateBinary } from '../map/evaluateMap.ts';
import { rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import { runToJson } from '../analysis/analyzeMap.ts';
import { binaryReport, scoreAt } from '../map/performativeObjective.ts';
import { repeatedRiskMinimization } from '../dynamics/repeatedRiskMinimization.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { HOLDS_EXACT, linearSpec, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

const converged = (kind: string) => kind === 'fixed-point' || kind === 'contraction';
const affine = { a: 'rational', b: 'rational', x0: 'rational' } as const;

/** SG-03 (holds): best response converges for contractions |b| < 1 (certified, or exactly reached). */
export const bestResponseConvergesForContractionsClaim: Claim<{ a: Rational; b: Rational; x0: Rational }> = {
  id: 'performative/best-response-converges-for-contractions',
  statement: 'Repeated best response p <- f(p) converges for f(p) = clip(a + b p, 0, 1) with |b| < 1.',
  source: 'docs/mathematics.md SG-03 (Banach)',
  expect: 'holds',
  arbitrary: fc.record({ a: rationalBetween(-1, 2), b: rationalBetween(-1, 1).filter((b) => b.abs().lt(Rational.ONE)), x0: unitRational() }),
  codec: recordCodec(affine, (i, at) => {
    if (!i.b.abs().lt(Rational.ONE)) throw new SpecError(`${at}.b`, 'needs |b| < 1');
  }),
  check({ a, b, x0 }) {
    const run = bestResponseDynamics({ kind: 'affine-clipped', a, b }, binaryReport(x0), 24);
    return converged(run.outcome.kind) ? HOLDS_EXACT : refutedExact(runToJson(run));
  },
};

/** SG-03 (FALSE claim): "repeated best response always converges"; refuted by an exact cycle. */
export const bestResponseAlwaysConvergesClaim: Claim<{ a: Rational; b: Rational; x0: Rational }> = {
  id: 'performative/best-response-always-converges',
  statement: 'Repeated best response p <- f(p) converges for every clipped affine binary map f(p) = clip(a + b p, 0, 1).',
  source: 'docs/mathematics.md SG-03',
  expect: 'refuted',
  arbitrary: fc.record({ a: rationalBetween(-1, 3), b: rationalBetween(-4, 1), x0: unitRational() }),
  codec: recordCodec(affine),
  check({ a, b, x0 }) {
    const run = bestResponseDynamics({ kind: 'affine-clipped', a, b }, binaryReport(x0), 24);
    if (run.outcome.kind === 'cycle') return refutedExact(runToJson(run));
    return converged(run.outcome.kind) ? HOLDS_EXACT : { kind: 'undecided', reason: 'no exact repetition and no contraction certificate within 24 steps' };
  },
};

/** SG-04 (holds): Brier stop-gradient ascent converges for alpha < 1 when eta (1 - alpha) < 1/2 and eta < 1/2. */
export const stopGradientConvergesClaim: Claim<{ pStar: Rational; alpha: Rational; t: Rational; x0: Rational }> = {
  id: 'quadratic/stop-gradient-ascent-converges',
  statement: 'Brier stop-gradient ascent p <- clip(p + 4 eta (f(p) - p)) on f = clip(p* + alpha (p - p*)) converges for every alpha < 1 when 0 < eta < min(1/2, 1/(2(1 - alpha))); here eta = t times that bound, 0 < t < 1.',
  source: 'docs/mathematics.md SG-04, SG-02',
  expect: 'holds',
  arbitrary: fc.record({ pStar: unitRational(), alpha: rationalBetween(-3, 1).filter((a) => a.lt(Rational.ONE)), t: unitRational().filter((t) => t.sign() > 0 && t.lt(Rational.ONE)), x0: unitRational() }),
  codec: recordCodec({ pStar: 'rational', alpha: 'rational', t: 'rational', x0: 'rational' }, (i, at) => {
    if (!i.alpha.lt(Rational.ONE)) throw new SpecError(`${at}.alpha`, 'needs alpha < 1');
    if (!(i.t.sign() > 0 && i.t.lt(Rational.ONE))) throw new SpecError(`${at}.t`, 'needs 0 < t < 1');
  }),
  check({ pStar, alpha, t, x0 }) {
    const half = Rational.of('1/2');
    const eta = t.mul(Rational.min(half, half.div(Rational.ONE.sub(alpha))));
    const run = stopGradientAscent(quadraticRule, linearSpec(pStar, alpha), eta, x0, 12);
    return converged(run.outcome.kind) ? HOLDS_EXACT : refutedExact({ eta: String(eta), ...runToJson(run) });
  },
};

/** PP-15 (holds for strictly proper rules): x is stable (S(x, f(x)) = max_p S(p, f(x)) = G(f(x))) iff f(x) = x. */
export function stableIffFixedPointClaim(rule: ScoringRule): Claim<{ a: Rational; b: Rational; x: Rational }> {
  return {
    id: `${rule.id}/stable-iff-fixed-point`,
    statement: `Under ${rule.id}, a report x is performatively stable (x maximises S(., f(x))) iff f(x) = x, for clipped affine binary maps.`,
    source: 'docs/mathematics.md PP-15, SG-01',
    expect: 'holds',
    arbitrary: fc.record({ a: rationalBetween(-1, 2), b: rationalBetween(-2, 2), x: unitRational() }).map(({ a, b, x }) => {
      // half of the cases start at the fixed point of the unclipped line, when it lies in [0, 1]
      const fp = b.equals(Rational.ONE) ? undefined : a.div(Rational.ONE.sub(b));
      return fp && fp.sign() >= 0 && fp.le(Rational.ONE) && x.num % 2n === 0n ? { a, b, x: fp } : { a, b, x };
    }),
    codec: recordCodec({ a: 'rational', b: 'rational', x: 'rational' }),
    check({ a, b, x }, ctx) {
      const q = evaluateBinary(RationalField, { kind: 'affine-clipped', a, b }, x);
      if (q.equals(x)) return HOLDS_EXACT; // S(x, x) = G(x): the honest report is a best response (properness)
      // not a fixed point: stable would need S(x, q) >= S(q, q), which strict properness forbids
      let out;
      try {
        out = decide((F) => ({ lhs: scoreAt(F, rule, binaryReport(q), binaryReport(q)), rhs: scoreAt(F, rule, binaryReport(x), binaryReport(q)), relation: '>' }), ctx);
      } catch (error) {
        // S(x, q) = -infinity (log score of a report with x_i = 0 < q_i): x is certainly not a best response
        if (error instanceof DomainError) return HOLDS_EXACT;
        throw error;
      }
      return out.kind === 'refuted' ? { ...out, witness: { report: String(x), f: String(q), stableButNotFixed: out.witness } } : out;
    },
  };
}

const rrmInput = fc.record({ gamma: rationalBetween(1, 3).filter((g) => g.sign() > 0), k: rationalBetween(1, 3).filter((k) => k.ge(Rational.ONE)), eps: rationalBetween(0, 2), theta0: rationalBetween(-2, 2).filter((t) => !t.isZero()) });
const rrmCodec = recordCodec({ gamma: 'rational', k: 'rational', eps: 'rational', theta0: 'rational' }, (i, at) => {
  if (!(i.gamma.sign() > 0)) throw new SpecError(`${at}.gamma`, 'needs gamma > 0');
  if (i.k.lt(Rational.ONE)) throw new SpecError(`${at}.k`, 'needs k = beta/gamma >= 1');
});

/** PERF-03/04 (holds): on the tightness family RRM converges iff eps < gamma/beta (beta = k gamma). */
export const rrmConvergesIffClaim: Claim<{ gamma: Rational; k: Rational; eps: Rational; theta0: Rational }> = {
  id: 'rrm/converges-iff-eps-below-gamma-over-beta',
  statement: 'Repeated risk minimisation on l(z; theta) = (gamma/2) theta^2 + beta z theta, D(theta) = delta_{eps theta}, converges iff eps < gamma/beta.',
  source: 'docs/mathematics.md PERF-03, PERF-04 (Perdomo et al. 2020, Thm 3.5)',
  expect: 'holds',
  arbitrary: rrmInput,
  codec: rrmCodec,
  check({ gamma, k, eps, theta0 }) {
    const beta = k.mul(gamma);
    const run = repeatedRiskMinimization({ gamma, beta, eps }, theta0, 16);
    const predicted = eps.lt(gamma.div(beta));
    return converged(run.outcome.kind) === predicted ? HOLDS_EXACT : refutedExact({ predictedConvergence: predicted, ...runToJson(run) });
  },
};

/** PERF-04 (FALSE claim): "RRM converges at eps = gamma/beta" — it oscillates forever. */
export const rrmConvergesAtBoundaryClaim: Claim<{ gamma: Rational; k: Rational; eps: Rational; theta0: Rational }> = {
  id: 'rrm/converges-at-eps-equal-gamma-over-beta',
  statement: 'Repeated risk minimisation on the PERF-04 family still converges at eps = gamma/beta (eps is set to gamma/beta).',
  source: 'docs/mathematics.md PERF-04',
  expect: 'refuted',
  arbitrary: rrmInput,
  codec: rrmCodec,
  check({ gamma, k, theta0 }) {
    const beta = k.mul(gamma);
    const run = repeatedRiskMinimization({ gamma, beta, eps: gamma.div(beta) }, theta0, 16);
    return converged(run.outcome.kind) ? HOLDS_EXACT : refutedExact(runToJson(run));
  },
};
