import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * The asymmetric rule of docs/mathematics.md DEC-02: the Savage rule (SR-01) of G(p) = p_1^2, the squared
 * probability of outcome index 1 ("success": y = 1 in a conditional-prediction game, §1.3):
 * S(p, 1) = 2 p_1 - p_1^2, S(p, 0) = -p_1^2, so S(p, q) = 2 p_1 q_1 - p_1^2. Binary only. Under the max rule
 * (the principal takes the action of largest reported P(success)) honesty is optimal: the expert earns at
 * most G(q_a) = q_a^2 on the action taken, increasing in q_a.
 */
export const successSquareRule: ScoringRule = {
  id: 'success-square',
  outcomes: { min: 2, max: 2 },
  domain: 'closed',
  traits: ruleTraits({
    quadratic: true, // S(p, y) = -p_1^2 + 2 p_1 1{y = 1}: one quadratic Q = -p_1^2 and affine a_y
    local: true, // vacuously, as for every binary rule: p_y fixes p
    symmetric: false, // S((0, 1), 1) = 1 but after swapping the labels S((1, 0), 0) = -1
    rational: true,
    smooth: true,
    proper: true, // the Savage rule of the convex G = p_1^2 (SR-01)
    strictlyProper: true, // S(p, q) - S(q, q) = -(p_1 - q_1)^2 < 0 for p != q on two outcomes
    // In x = p[0] = 1 - p_1: G = (1 - x)^2, G' = -2(1 - x), G'' = 2, so r = x - 1 and c_S = 1 (at x = 0).
    binaryConvexity: { ratio: (F, x) => F.sub(x, F.of(1)), bound: Rational.ONE },
  }),
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    const success = p[1]!;
    const square = F.mul(success, success);
    return y === 1 ? F.sub(F.mul(F.of(2), success), square) : F.neg(square);
  },
};

/**
 * Laws (why): proper and strictly proper as the Savage rule of the strictly convex p_1^2; not symmetric
 * (G(q) != G(1 - q), as DEC-02 needs: every symmetric rule fails there); local vacuously (binary).
 */
export const successSquare: RuleWithClaims = {
  rule: successSquareRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'refuted', local: 'holds' },
  source: 'docs/mathematics.md DEC-02, SR-01',
};
