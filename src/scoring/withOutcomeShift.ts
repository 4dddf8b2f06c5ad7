import type { Field } from '../numbers/Field.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from './ScoringRule.ts';

const shiftedQuadratics = new WeakSet<ScoringRule>();

/**
 * S'(p, y) = S(p, y) + b_y (claims.md SR-07): classically harmless (<b, q> does not depend on p) but
 * performatively E S'(p, f(p)) = Phi(p) + <b, f(p)> moves the optimum. The id records the shift.
 */
export function withOutcomeShift(rule: ScoringRule, shift: readonly Rational[]): ScoringRule {
  const shifted: ScoringRule = {
    id: `${rule.id}+outcome-shift(${shift.join(',')})`,
    outcomes: { min: shift.length, max: shift.length },
    domain: rule.domain,
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      return F.add(rule.score(F, p, y), F.fromRational(shift[y]!));
    },
  };
  if (isQuadraticRule(rule)) shiftedQuadratics.add(shifted);
  return shifted;
}

/** Rule ids whose scores are quadratic polynomials in the report (Brier reward form, power(2)). */
const QUADRATIC_IDS: ReadonlySet<string> = new Set(['quadratic', 'power(2)']);

/**
 * Whether S(p, y) is a polynomial of degree <= 2 in p, so that Phi is piecewise quadratic for
 * piecewise-affine f and its maximisers are rational (claims.md §9): decided by id, never by sampling.
 */
export function isQuadraticRule(rule: ScoringRule): boolean {
  return QUADRATIC_IDS.has(rule.id) || shiftedQuadratics.has(rule);
}
