import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from './MapSpec.ts';
import { evaluateMap } from './evaluateMap.ts';
import { isRationalMap } from './mapOutcomes.ts';

/**
 * The performative objective Phi(p) = S(p, f(p)) = sum_i f(p)_i S(p, i) (docs/mathematics.md PP-00), over any
 * field: every tier, the symbolic one included (no zero-skipping, so S(p, i) must be defined).
 */
export function performativeObjective<T>(F: Field<T>, rule: ScoringRule, spec: MapSpec, p: readonly T[]): T {
  const q = evaluateMap(F, spec, p);
  return F.sum(q.map((qi, i) => F.mul(qi, rule.score(F, p, i))));
}

/**
 * Phi at a rational report, skipping outcomes that f makes exactly impossible (0 * S := 0, as in
 * expectedScore): the log score of a report on the boundary is finite when f puts no mass there
 * (docs/mathematics.md §9 "Boundary"). The logistic map never gives an exact 0, so nothing is skipped for it.
 */
export function objectiveAt<T>(F: Field<T>, rule: ScoringRule, spec: MapSpec, p: readonly Rational[]): T {
  const report = p.map((c) => F.fromRational(c));
  if (!isRationalMap(spec)) return performativeObjective(F, rule, spec, report);
  const q = evaluateMap(RationalField, spec, p);
  const terms = q.flatMap((qi, i) => (qi.isZero() ? [] : [F.mul(F.fromRational(qi), rule.score(F, report, i))]));
  return F.sum(terms);
}

/** S(p, q) at rational p and q, skipping q_i = 0 (the score of report p if the world were held at q). */
export function scoreAt<T>(F: Field<T>, rule: ScoringRule, p: readonly Rational[], q: readonly Rational[]): T {
  const report = p.map((c) => F.fromRational(c));
  const terms = q.flatMap((qi, i) => (qi.isZero() ? [] : [F.mul(F.fromRational(qi), rule.score(F, report, i))]));
  return F.sum(terms);
}

/** Binary shorthand: (x, 1 - x). */
export function binaryReport(x: Rational): Rational[] {
  return [x, Rational.ONE.sub(x)];
}
