import type { Field } from '../numbers/Field.ts';
import type { Rational } from '../numbers/Rational.ts';
import { type RuleTraits, ruleTraits } from './RuleTraits.ts';
import type { ScoringRule } from './ScoringRule.ts';

/**
 * S'(p, y) = S(p, y) + b_y (docs/mathematics.md SR-07): classically harmless (<b, q> does not depend on p) but
 * performatively E S'(p, f(p)) = Phi(p) + <b, f(p)> moves the optimum. The id records the shift; the
 * traits follow from the original's (shiftedTraits).
 */
export function withOutcomeShift(rule: ScoringRule, shift: readonly Rational[]): ScoringRule {
  return {
    id: `${rule.id}+outcome-shift(${shift.join(',')})`,
    outcomes: { min: shift.length, max: shift.length },
    domain: rule.domain,
    ...(rule.traits ? { traits: shiftedTraits(rule.traits, shift) } : {}),
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      return F.add(rule.score(F, p, y), F.fromRational(shift[y]!));
    },
  };
}

/**
 * The traits of S + b from those of S. Kept: quadratic (a_y + b_y is still affine), local (s_y + b_y),
 * rational (b is rational), smooth, proper and strictly proper (S'(p, q) - S(p, q) = <b, q> does not
 * depend on p). Symmetric survives only equal b_y (otherwise b_{sigma y} != b_y for some relabelling,
 * so a symmetric S becomes provably asymmetric). The binary ratio G'/G'' survives only equal b_y too:
 * G' = S(., first) - S(., second) moves by b_first - b_second. Zero-one: S + b is no longer that score.
 */
export function shiftedTraits(traits: RuleTraits, shift: readonly Rational[]): RuleTraits {
  const uniform = shift.every((b) => b.equals(shift[0]!));
  const { quadratic, local, rational, smooth, proper, strictlyProper } = traits;
  const symmetric = uniform ? traits.symmetric : traits.symmetric === true ? false : undefined;
  return ruleTraits({
    quadratic,
    local,
    rational,
    smooth,
    proper,
    strictlyProper,
    symmetric,
    ...(uniform && traits.binaryConvexity ? { binaryConvexity: traits.binaryConvexity } : {}),
  });
}
