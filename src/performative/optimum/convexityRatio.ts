import { DomainError, type Field, type NumericField } from '../../numbers/Field.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { builtinRules } from '../../scoring/rules/builtinRules.ts';
import { dualField } from '../../numbers/Dual.ts';

/** r(x) = G'(x) / G''(x) for a binary rule, x = p[0], written once against Field (claims.md PP-05). */
export interface RatioFormula {
  <T>(F: Field<T>, x: T): T;
}

/**
 * The ratio r = G'/G'' whose supremum |r| is c_S (claims.md PP-05), and which decides the sign of the
 * performative gradient on a piece f = alpha + beta x: Phi' = G'' (f - x + beta r) (PP-03).
 *
 * Any proper, differentiable binary rule: G'(x) = S(x, first) - S(x, second) (the Savage form
 * S(x, y) = G(x) + G'(x)(y - x)), and G'' is its derivative (dual numbers), so the formula runs in
 * every tier. For the registered rules a closed form is used instead: same values, but it stays
 * rational where G' is not (binary exponential: r = 1/K although G' = e^{Kx}), which makes the
 * first-order condition of PP-11 exact. rule-ratio tests check the closed forms against the
 * derivation.
 */
export function convexityRatio(rule: ScoringRule): RatioFormula {
  return CLOSED_FORMS.get(rule) ?? derivedRatio(rule);
}

/** G'/G'' from the rule's score by forward-mode differentiation. */
export function derivedRatio(rule: ScoringRule): RatioFormula {
  return <T>(F: Field<T>, x: T): T => {
    const D = dualField(F);
    const p = [
      { v: x, d: F.of(1) },
      { v: F.sub(F.of(1), x), d: F.of(-1) },
    ];
    const g = D.sub(rule.score(D, p, 0), rule.score(D, p, 1));
    // The sign argument of PP-03 needs G'' > 0: a comparable tier must certify it, else the value is unusable.
    const sign = (F as Partial<NumericField<T>>).sign;
    if (sign && sign(g.d) !== 1) throw new DomainError("G'' is not certified positive here");
    return F.div(g.v, g.d);
  };
}

const oneMinus = <T>(F: Field<T>, x: T) => F.sub(F.of(1), x);

/** Closed forms of claims.md PP-05's table, keyed by the registered rule objects (not by id: a user's rule may reuse a name). */
const CLOSED_FORMS: ReadonlyMap<ScoringRule, RatioFormula> = new Map(
  builtinRules.flatMap(({ rule }): [ScoringRule, RatioFormula][] => {
    switch (rule.id) {
      case 'quadratic':
        return [[rule, (F, x) => F.sub(x, F.of('1/2'))]];
      case 'logarithmic':
        // x (1 - x) ln(x / (1 - x))
        return [[rule, (F, x) => F.mul(F.mul(x, oneMinus(F, x)), F.sub(F.ln(x), F.ln(oneMinus(F, x))))]];
      case 'spherical':
        // (2x - 1)(2x^2 - 2x + 1)
        return [[rule, (F, x) => F.mul(F.sub(F.mul(F.of(2), x), F.of(1)), F.add(F.mul(F.of(2), F.mul(x, F.sub(x, F.of(1)))), F.of(1)))]];
      case 'power(3)':
        return [[rule, (F, x) => F.sub(x, F.of('1/2'))]];
      case 'binary-exponential(1)':
        return [[rule, (F) => F.of(1)]];
      case 'binary-exponential(10)':
        return [[rule, (F) => F.of('1/10')]];
      default:
        return [];
    }
  }),
);
