import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { decide } from '../../certify/decide.ts';
import { dualField, type Dual } from '../../numbers/Dual.ts';
import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { unitRational } from '../map/mapSpecArbitrary.ts';
import { recordCodec } from './_internals/recordCodec.ts';

/** Strictly proper, twice differentiable binary rules the SG-02 identity is searched over. */
export const SG02_RULES: readonly string[] = ['quadratic', 'logarithmic', 'spherical', 'power(3)', 'power(3/2)', 'pseudo-spherical(3)', 'binary-exponential(10)', 'ranked-probability'];

/** The stochastic stop-gradient update's expectation: sum_y q_y dS(x, y)/dx, each outcome's derivative on its own. */
export function expectedStochasticGradient<T>(F: Field<T>, rule: ScoringRule, x: Rational, q: Rational): T {
  const D = dualField(F);
  const p = [D.variable(x, Rational.ONE), D.variable(Rational.ONE.sub(x), Rational.ONE.neg())];
  const slope = (y: number) => rule.score(D, p, y).d;
  return F.add(F.mul(F.fromRational(q), slope(0)), F.mul(F.fromRational(Rational.ONE.sub(q)), slope(1)));
}

/** G''(x) (q - x), G(x) = S((x, 1 - x), (x, 1 - x)) differentiated twice (nested duals): the repeated gradient of SR-02. */
export function repeatedGradient<T>(F: Field<T>, rule: ScoringRule, x: Rational, q: Rational): T {
  const D2 = dualField(dualField(F));
  const one = F.of(1);
  const zero = F.of(0);
  const moving = (v: Rational, sign: 1 | -1): Dual<Dual<T>> => {
    const s = sign === 1 ? one : F.neg(one);
    return { v: { v: F.fromRational(v), d: s }, d: { v: s, d: zero } };
  };
  const p = [moving(x, 1), moving(Rational.ONE.sub(x), -1)];
  const g = D2.add(D2.mul(p[0]!, rule.score(D2, p, 0)), D2.mul(p[1]!, rule.score(D2, p, 1)));
  return F.mul(g.d.d, F.fromRational(q.sub(x)));
}

/**
 * SG-02 (holds): with y drawn from f(p_t) = q, the expected stochastic gradient of S(p, y) at p = p_t is the
 * repeated gradient dS(p, q)/dp = G''(p)(q - p). Two different computations meet: per-outcome derivatives
 * averaged with the exact weights q, and the second derivative of the rule's entropy G (SR-02's Savage form,
 * which needs properness). Decided by the certification engine: exactly for rational rules, by certified
 * intervals (equality within the policy's 1e-40) for the others.
 */
export const stopGradientExpectationClaim: Claim<{ rule: ScoringRule; x: Rational; q: Rational }> = {
  id: 'performative/stop-gradient-expected-gradient-is-repeated-gradient',
  statement: `For the binary rules ${SG02_RULES.join(', ')}, every report x in (0, 1) and every world q = f(x): E_{y ~ q}[dS(x, y)/dx] = G''(x)(q - x), the repeated-risk gradient that holds f(x) fixed.`,
  source: 'docs/mathematics.md SG-02 (Oesterheld et al. 2023, App. D), SR-02',
  expect: 'holds',
  arbitrary: fc.record({
    rule: fc.constantFrom(...SG02_RULES).map((id) => ruleById(id).rule),
    x: unitRational().filter((x) => x.sign() > 0 && x.lt(Rational.ONE)),
    q: unitRational(),
  }),
  codec: recordCodec({ rule: 'rule', x: 'rational', q: 'rational' }, (input, at) => {
    if (!SG02_RULES.includes(input.rule.id)) throw new SpecError(`${at}.rule`, `this claim is about ${SG02_RULES.join(', ')}`);
    if (!(input.x.sign() > 0 && input.x.lt(Rational.ONE))) throw new SpecError(`${at}.x`, 'needs 0 < x < 1');
    if (input.q.sign() < 0 || input.q.gt(Rational.ONE)) throw new SpecError(`${at}.q`, 'must lie in [0, 1]');
  }),
  check({ rule, x, q }, ctx) {
    const out = decide(
      (F) => ({ lhs: expectedStochasticGradient(F, rule, x, q), rhs: repeatedGradient(F, rule, x, q), relation: '=', labels: ['E[dS(x, y)/dx]', "G''(x)(q - x)"] }),
      { ...ctx, exact: 'atoms' },
    );
    return out.kind === 'refuted' ? { ...out, witness: { rule: rule.id, x: String(x), q: String(q), comparison: out.witness } } : out;
  },
};
