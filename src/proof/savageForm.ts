import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { ProofTimeout } from './ProofBudget.ts';
import { derivative, variablesOf } from './polynomialCalculus.ts';
import { isAtomName, radicalAlgebra } from './radicalField.ts';

/**
 * A polynomial rule in the Savage form of its own expected score (docs/mathematics.md SR-01), in the
 * coordinates x = (p_0, ..., p_{n-2}) of the simplex's affine hull (p_{n-1} = 1 - sum x):
 * G(x) = sum_y p_y S(p, y), and the identity S(p, i) - S(p, n-1) = dG/dx_i for every i < n-1 holds
 * exactly. Then S(p, y) = G(p) + <grad G(p), e_y - p> and S(q, q) - S(p, q) is the Bregman
 * divergence G(x_q) - G(x_p) - <grad G(x_p), x_q - x_p>: the law is convexity of G, a question about
 * one point and one direction instead of two distributions.
 *
 * Worked example (quadratic, n = 2): x = p_0, S(p, 0) = 2x - x^2 - (1-x)^2, S(p, 1) = 2(1-x) - x^2 -
 * (1-x)^2, G = x^2 + (1-x)^2, G' = 4x - 2 = S(p, 0) - S(p, 1), G'' = 4 > 0.
 */
export interface SavageForm {
  readonly variables: readonly string[];
  readonly G: Polynomial;
  /**
   * D_i = S(p, i) - S(p, n-1) - dG/dx_i, all zero exactly when S is G's Savage form. D_i(x) =
   * -sum_y p_y d_i S(p, y) is minus the first-order change of S(., p) at p along e_i - e_{n-1}: where it
   * is not zero, moving the report off the truth gains (the first-order refutation of proveSavage).
   */
  readonly defects: readonly Polynomial[];
  /** The Hessian of G in x, (n-1) x (n-1). */
  readonly hessian: readonly (readonly Polynomial[])[];
}

/** G, the defects and the Hessian of a polynomial rule at n outcomes, or undefined (not polynomial). */
export function savageForm(rule: ScoringRule, n: number, tick: () => void): SavageForm | undefined {
  try {
    const A = radicalAlgebra({ nonNegative: () => true, tick });
    const variables = Array.from({ length: n - 1 }, (_, i) => `p${i}`);
    const x = variables.map((v) => Polynomial.variable(v));
    const p = [...x, x.reduce((s, v) => s.sub(v), Polynomial.constant(Rational.ONE))];
    const ONE = Polynomial.constant(Rational.ONE);
    const scores = p.map((_, y) => {
      const s = rule.score(A.F, p.map((num) => ({ num, den: ONE })), y);
      const d = s.den.asConstant();
      if (d === undefined || [...variablesOf(s.num)].some(isAtomName)) throw new Error('not a polynomial');
      return s.num.mul(Polynomial.constant(d.inv()));
    });
    const G = scores.reduce((sum, s, y) => sum.add(p[y]!.mul(s)), Polynomial.constant(Rational.ZERO));
    const gradient = variables.map((v) => derivative(G, v));
    const defects = variables.map((_, i) => scores[i]!.sub(scores[n - 1]!).sub(gradient[i]!));
    return { variables, G, defects, hessian: gradient.map((gi) => variables.map((v) => derivative(gi, v))) };
  } catch (e) {
    if (e instanceof ProofTimeout) throw e;
    return undefined;
  }
}
