import { DomainError, type Field, type NumericField } from '../../numbers/Field.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { SavageRatio } from '../../scoring/RuleTraits.ts';
import { dualField } from '../../numbers/Dual.ts';

/** r(x) = G'(x) / G''(x) for a binary rule, x = p[0], written once against Field (docs/mathematics.md PP-05). */
export type RatioFormula = SavageRatio;

/**
 * The ratio r = G'/G'' whose supremum |r| is c_S (docs/mathematics.md PP-05), and which decides the sign of the
 * performative gradient on a piece f = alpha + beta x: Phi' = G'' (f - x + beta r) (PP-03).
 *
 * Any proper, differentiable binary rule: G'(x) = S(x, first) - S(x, second) (the Savage form
 * S(x, y) = G(x) + G'(x)(y - x)), and G'' is its derivative (dual numbers), so the formula runs in
 * every tier. A rule that declares its ratio in closed form (trait binaryConvexity) gets that instead:
 * same values, but it stays rational where G' is not (binary exponential: r = 1/K although
 * G' = e^{Kx}), which makes the first-order condition of PP-11 exact. binaryCandidates.test.ts checks
 * the declared forms against the derivation.
 */
export function convexityRatio(rule: ScoringRule): RatioFormula {
  return rule.traits?.binaryConvexity?.ratio ?? derivedRatio(rule);
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
