import type { Field } from '../../numbers/Field.ts';
import type { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from './MapSpec.ts';
import { evaluateBinary } from './evaluateMap.ts';
import { type Dual, dualField } from '../../numbers/DualField.ts';

/** The binary report (x, 1 - x) moving with x: derivative (1, -1). */
function movingReport<T>(F: Field<T>, x: Rational): Dual<T>[] {
  return [
    { v: F.fromRational(x), d: F.of(1) },
    { v: F.sub(F.of(1), F.fromRational(x)), d: F.of(-1) },
  ];
}

/** d/dp S(p, q) at p = x with the world held at q (the stop-gradient direction, SG-02): G''(x)(q - x). */
export function stopGradientSlope<T>(F: Field<T>, rule: ScoringRule, x: Rational, q: T): T {
  const D = dualField(F);
  const p = movingReport(F, x);
  const qs = [q, F.sub(F.of(1), q)];
  const score = D.sum(qs.map((qi, i) => D.mul({ v: qi, d: F.of(0) }, rule.score(D, p, i))));
  return score.d;
}

/** Phi'(x) = d/dp S(p, f(p)) at p = x, the performative gradient (PP-03): right derivative at kinks. */
export function objectiveSlope<T>(F: Field<T>, rule: ScoringRule, spec: MapSpec, x: Rational): T {
  const D = dualField(F);
  const p = movingReport(F, x);
  const fx = evaluateBinary(D, spec, p[0]!);
  const qs = [fx, D.sub(D.of(1), fx)];
  return D.sum(qs.map((qi, i) => D.mul(qi, rule.score(D, p, i)))).d;
}
