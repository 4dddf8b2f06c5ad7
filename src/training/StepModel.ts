import type { Rational } from '../numbers/Rational.ts';
import type { FixedPoint } from './_internals/scaledProjection.ts';

/**
 * How the certified fixed-point tier takes a gradient step for one action a with step size s = eta w_a
 * (w_a the action's weight, held), and why the result is still certified. The exact iterate r_a and the
 * tier's point c (coordinates m 2^-P, sum exactly 1) satisfy |r_a - c|_2 <= e 2^-P (a ball, as in ball
 * arithmetic). The exact step is T(r) = Proj(r + s g_a(r)) (g_a the tangent gradient of E_{q_a} S);
 * the tier computes T(c) up to a gradient error gamma and the final rounding (at most n units), so
 * |T(r_a) - c'| <= L e + s gamma + n, where L bounds ||I + s Dg_a|| on tangent vectors over the ball
 * (the projection onto a convex set is non-expansive). Where T contracts (L < 1) the error stays bounded:
 * the accumulated rounding is at most n / (1 - L) units however many steps are taken.
 */
export interface StepModel {
  /** 'quadratic': the gradient is affine (the quadratic trait); 'local': a smooth local rule (log); 'smooth': another smooth rule. */
  readonly kind: 'quadratic' | 'local' | 'smooth';
  /** The step from the ball (c, e), or undefined when no bound can be carried (the run is then undecided). */
  step(action: number, s: Rational, c: FixedPoint, e: bigint): { readonly c: FixedPoint; readonly e: bigint } | undefined;
  /**
   * Where the step contracts towards the truth q_a (the certificate of certifiedLimit.ts), for an exact
   * iterate within `distance` (L2) of q_a: 'segment' when the step is r <- r + s kappa (q_a - r) with
   * 0 < s kappa <= 1 (the iterate moves along the segment to q_a: rate 1 - s kappa), 'ball' when T maps the
   * ball of that radius around q_a into itself with the factor `rate` < 1. Undefined: no contraction certified.
   */
  contraction(action: number, s: Rational, distance: Rational): { readonly kind: 'segment' | 'ball'; readonly rate: Rational } | undefined;
}
