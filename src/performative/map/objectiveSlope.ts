import type { Field } from '../../numbers/Field.ts';
import { dualField } from '../../numbers/Dual.ts';
import { Rational } from '../../numbers/Rational.ts';
import { expectedScore } from '../../scoring/expectedScore.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from './MapSpec.ts';
import { evaluateBinary } from './evaluateMap.ts';

/**
 * Phi'(x) = d/dp S(p, f(p)) at p = x for a binary map, the performative gradient (docs/mathematics.md
 * PP-03), the world moving with the report: right derivative at kinks. (With the world held, the slope is
 * scoring/scoreSlope.ts, the stop-gradient direction of SG-02.)
 */
export function objectiveSlope<T>(F: Field<T>, rule: ScoringRule, spec: MapSpec, x: Rational): T {
  const D = dualField(F);
  const p = [D.variable(x, Rational.ONE), D.variable(Rational.ONE.sub(x), Rational.ONE.neg())];
  const fx = evaluateBinary(D, spec, p[0]!);
  return expectedScore(D, rule, p, [fx, D.sub(D.of(1), fx)]).d;
}
