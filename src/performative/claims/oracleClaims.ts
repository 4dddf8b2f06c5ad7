import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { rationalBetween, unitRational } from '../map/mapSpecArbitrary.ts';
import { HOLDS_EXACT, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec, type RecordOf } from './_internals/recordCodec.ts';

/**
 * The counterfactual oracle of docs/mathematics.md OTH-02, as this project defines it: the quantity is
 * F = kappa F0 + lambda o when the answer o is read, F = F0 under the erasure event E (probability e,
 * independent of o, the answer never read); F0 takes the value `low` or `high` with probability 1/2 each.
 * The reward for answer o is R = -(o - F)^2; the erasure reward is R' = 1{E} R.
 */
const ORACLE_SHAPE = { low: 'rational', high: 'rational', kappa: 'rational', lambda: 'rational', e: 'rational', answer: 'rational' } as const;
type OracleInput = RecordOf<typeof ORACLE_SHAPE>;

const half = Rational.of('1/2');
const sq = (x: Rational) => x.mul(x);

/** E[-(o - F0)^2] over F0 in {low, high}: the reward in the erasure world, where o cannot move F. */
function erasedReward(i: OracleInput, o: Rational): Rational {
  return half.mul(sq(o.sub(i.low)).add(sq(o.sub(i.high)))).neg();
}

/** E[-(o - kappa F0 - lambda o)^2]: the reward when the answer is read. */
function readReward(i: OracleInput, o: Rational): Rational {
  const f = (f0: Rational) => i.kappa.mul(f0).add(i.lambda.mul(o));
  return half.mul(sq(o.sub(f(i.low))).add(sq(o.sub(f(i.high))))).neg();
}

/** E[R'] = e E[R | E]; E[R] = e E[R | E] + (1 - e) E[R | read]. */
const erasureReward = (i: OracleInput, o: Rational) => i.e.mul(erasedReward(i, o));
const plainReward = (i: OracleInput, o: Rational) => erasureReward(i, o).add(Rational.ONE.sub(i.e).mul(readReward(i, o)));

/** The counterfactual answer E[F | E] = E[F0], and the self-confirming answer o = E[F | read, o] = kappa E[F0] / (1 - lambda). */
export function oracleAnswers(i: OracleInput): { counterfactual: Rational; selfConfirming: Rational } {
  const mean = half.mul(i.low.add(i.high));
  return { counterfactual: mean, selfConfirming: i.kappa.mul(mean).div(Rational.ONE.sub(i.lambda)) };
}

const oracleInputs: fc.Arbitrary<OracleInput> = fc.record({
  low: rationalBetween(0, 200),
  high: rationalBetween(0, 200),
  kappa: rationalBetween(0, 2),
  lambda: rationalBetween(-1, 1).filter((l) => !l.equals(Rational.ONE)),
  e: unitRational().filter((e) => e.sign() > 0),
  answer: rationalBetween(-50, 250),
});
const oracleCodec = recordCodec(ORACLE_SHAPE, (i, at) => {
  if (i.e.sign() <= 0 || i.e.gt(Rational.ONE)) throw new SpecError(`${at}.e`, 'the erasure probability must lie in (0, 1]');
  if (i.lambda.equals(Rational.ONE)) throw new SpecError(`${at}.lambda`, 'needs lambda != 1 (a self-confirming answer)');
});

/**
 * The answers a check compares with its candidate: the counterfactual and self-confirming answers, 0, the
 * input's own, and the exact maximiser of the reward (a concave quadratic in o: its vertex, from three values).
 */
function candidates(i: OracleInput, reward: (i: OracleInput, o: Rational) => Rational): Rational[] {
  const { counterfactual, selfConfirming } = oracleAnswers(i);
  const [r0, r1, r2] = [0, 1, 2].map((o) => reward(i, Rational.of(o)));
  const a = r2!.sub(r1!.mul(Rational.of(2))).add(r0!).mul(half);
  const vertex = a.sign() < 0 ? [r1!.sub(r0!).sub(a).div(a.mul(Rational.of(-2)))] : [];
  return [counterfactual, selfConfirming, Rational.ZERO, i.answer, ...vertex];
}

interface OracleVariant {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
  readonly expect: 'holds' | 'refuted';
  readonly reward: (i: OracleInput, o: Rational) => Rational;
  readonly answer: 'counterfactual' | 'selfConfirming';
}

function oracleClaim(v: OracleVariant): Claim<OracleInput> {
  return {
    id: v.id,
    statement: v.statement,
    source: v.source,
    expect: v.expect,
    arbitrary: oracleInputs,
    codec: oracleCodec,
    check(i) {
      const claimed = oracleAnswers(i)[v.answer];
      const value = v.reward(i, claimed);
      for (const o of candidates(i, v.reward)) {
        const other = v.reward(i, o);
        if (other.gt(value)) return refutedExact({ claimedOptimalAnswer: String(claimed), claimedReward: String(value), betterAnswer: String(o), betterReward: String(other) });
      }
      return HOLDS_EXACT;
    },
  };
}

const MODEL = 'F = kappa F0 + lambda o when the answer o is read, F = F0 under an erasure event of probability e independent of o, F0 uniform on {low, high}';

/** OTH-02 (holds): under R' = 1{E} R the counterfactual answer E[F | E] is optimal. */
export const counterfactualAnswerOptimalClaim = oracleClaim({
  id: 'oracle/erasure-reward-counterfactual-answer-optimal',
  statement: `Counterfactual oracle (${MODEL}): with the erasure reward R' = 1{E} (-(o - F)^2), the counterfactual answer E[F | E] = E[F0] earns at least as much as every other answer (the self-confirming one, 0, any given o).`,
  source: 'docs/mathematics.md OTH-02 (Armstrong & O\'Rorke 2017)',
  expect: 'holds',
  reward: erasureReward,
  answer: 'counterfactual',
});

/** OTH-02 (FALSE): the self-confirming answer is optimal under the erasure reward. */
export const selfConfirmingAnswerOptimalClaim = oracleClaim({
  id: 'oracle/erasure-reward-self-confirming-answer-optimal',
  statement: `Counterfactual oracle (${MODEL}): with the erasure reward R' = 1{E} (-(o - F)^2), the self-confirming answer kappa E[F0]/(1 - lambda) (the fixed point of o -> E[F | read, o]) earns at least as much as every other answer.`,
  source: 'docs/mathematics.md OTH-02 (the worked example: the self-confirming answer 175 against the counterfactual 100)',
  expect: 'refuted',
  reward: erasureReward,
  answer: 'selfConfirming',
});

/** Why the indicator matters (FALSE): without it the read world counts, and the counterfactual answer is no longer optimal. */
export const plainRewardCounterfactualClaim = oracleClaim({
  id: 'oracle/plain-reward-counterfactual-answer-optimal',
  statement: `Counterfactual oracle (${MODEL}): with the plain reward R = -(o - F)^2 paid in both worlds, the counterfactual answer E[F0] earns at least as much as every other answer.`,
  source: 'docs/mathematics.md OTH-02 (the reward must vanish outside the erasure event)',
  expect: 'refuted',
  reward: plainReward,
  answer: 'counterfactual',
});

/**
 * The cheque example of docs/mathematics.md OTH-03, as this project defines it: announced predictions P on the
 * grid {0, 1/d, ..., N}; the counterparty then writes a cheque for max(P - c, 0) (c > 0); with no
 * prediction announced it writes one for W. A self-confirming prediction is a P with max(P - c, 0) = P.
 */
const CHEQUE_SHAPE = { n: 'rational', c: 'rational', d: 'rational', w: 'rational' } as const;
type ChequeInput = RecordOf<typeof CHEQUE_SHAPE>;

export function selfConfirmingCheques({ n, c, d }: ChequeInput): Rational[] {
  const steps = Number(n.mul(d).num);
  return Array.from({ length: steps + 1 }, (_, k) => Rational.of(BigInt(k)).div(d)).filter((p) => Rational.max(p.sub(c), Rational.ZERO).equals(p));
}

const chequeInputs: fc.Arbitrary<ChequeInput> = fc
  .record({ n: fc.integer({ min: 1, max: 20 }), c: fc.integer({ min: 1, max: 4 }), cd: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 4 }), t: unitRational() })
  .map(({ n, c, cd, d, t }) => ({ n: Rational.of(n), c: Rational.of(BigInt(c), BigInt(cd)), d: Rational.of(d), w: t.mul(Rational.of(n)) }));
const chequeCodec = recordCodec(CHEQUE_SHAPE, (i, at) => {
  if (!i.n.isInteger() || i.n.sign() <= 0 || i.n.gt(Rational.of(1000))) throw new SpecError(`${at}.n`, 'needs an integer 1 <= N <= 1000');
  if (!i.d.isInteger() || i.d.sign() <= 0 || i.d.gt(Rational.of(100))) throw new SpecError(`${at}.d`, 'needs an integer 1 <= d <= 100');
  if (i.c.sign() <= 0) throw new SpecError(`${at}.c`, 'needs c > 0');
  if (i.w.sign() < 0 || i.w.gt(i.n)) throw new SpecError(`${at}.w`, 'needs 0 <= W <= N');
});

/** OTH-03 (holds): the only self-confirming prediction is the extreme one, 0. */
export const chequeFixedPointClaim: Claim<ChequeInput> = {
  id: 'oracle/cheque-self-confirming-prediction-unique-at-zero',
  statement: 'Cheque example: if announcing the prediction P (on the grid {0, 1/d, ..., N}) makes the counterparty write a cheque for max(P - c, 0), c > 0, then P = 0 is the only self-confirming prediction.',
  source: 'docs/mathematics.md OTH-03 (Armstrong 2019)',
  expect: 'holds',
  arbitrary: chequeInputs,
  codec: chequeCodec,
  check(i) {
    const fixed = selfConfirmingCheques(i);
    return fixed.length === 1 && fixed[0]!.isZero() ? HOLDS_EXACT : refutedExact({ selfConfirming: fixed.map(String) });
  },
};

/** OTH-03 (FALSE): "the self-confirming prediction is close to the truth without the prediction" (within 1 of W). */
export const chequeNearNoPredictionClaim: Claim<ChequeInput> = {
  id: 'oracle/cheque-self-confirming-prediction-near-unpredicted-truth',
  statement: 'Cheque example (cheque max(P - c, 0) after the prediction P, cheque W when nothing is announced): every self-confirming prediction lies within 1 of W, the amount paid without the prediction.',
  source: 'docs/mathematics.md OTH-03 (self-confirming predictions can be arbitrarily bad)',
  expect: 'refuted',
  arbitrary: chequeInputs,
  codec: chequeCodec,
  check(i) {
    const far = selfConfirmingCheques(i).find((p) => p.sub(i.w).abs().gt(Rational.ONE));
    return far ? refutedExact({ selfConfirming: String(far), withoutPrediction: String(i.w), distance: String(far.sub(i.w).abs()) }) : HOLDS_EXACT;
  },
};
