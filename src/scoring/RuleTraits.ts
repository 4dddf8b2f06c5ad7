import type { Field } from '../numbers/Field.ts';
import type { Rational } from '../numbers/Rational.ts';

/**
 * r(x) = G'(x) / G''(x) of a binary rule at x = p[0] (docs/mathematics.md PP-05), written once against Field so
 * that it runs in every tier. Only meaningful for a proper rule (the Savage form G' = S(., first) -
 * S(., second), SR-02).
 */
export interface SavageRatio {
  <T>(F: Field<T>, x: T): T;
}

/** A binary rule's r = G'/G'' in closed form and a bound on c_S = sup |r| (docs/mathematics.md PP-05 table). */
export interface BinaryConvexity {
  /** The closed form: the same values as the ratio derived from the score, but it may stay rational where G' is not. */
  readonly ratio: SavageRatio;
  /** A rational upper bound on c_S = sup_{x in [0, 1]} |G'(x) / G''(x)| (the exact value where it is rational). */
  readonly bound: Rational;
}

/**
 * What is known about ONE rule object, as theorems about it (never inferred from its id or from the
 * registry's expectations). Every field: `true` = proved for every number of outcomes in the rule's
 * range; `false` = proved false for some n in that range; absent = unknown. Consumers use a trait only
 * when it is `true` (absent and `false` both take the general path), so an undeclared trait can cost
 * exactness but never correctness. A user's rule declares none.
 */
export interface RuleTraits {
  /**
   * S(p, y) = Q(p) + a_y(p) with one quadratic polynomial Q for every y and affine a_y: S has degree
   * <= 2 in p AND S(p, y) - S(p, y') is affine. Then Phi(p) = sum_y f_y(p) S(p, y) is quadratic for
   * every affine f (sum_y f_y = 1 absorbs Q), which the exact optimum (KKT on faces, three-point
   * interpolation on binary pieces) and the contraction certificate of stop-gradient ascent need.
   * (Degree <= 2 alone is not enough: S(p, y) = p_y^2 makes Phi cubic.)
   */
  readonly quadratic?: boolean;
  /** S(p, y) = s_y(p_y): the score sees only the reported probability of the outcome (docs/mathematics.md SR-06). */
  readonly local?: boolean;
  /** S(sigma p, sigma y) = S(p, y) for every relabelling sigma of the outcomes. */
  readonly symmetric?: boolean;
  /** S(p, y) is rational at every rational report (the exact rational tier suffices). */
  readonly rational?: boolean;
  /** S(., y) is C^2 in the interior of the simplex. */
  readonly smooth?: boolean;
  /** S(q, q) >= S(p, q) for all p, q. */
  readonly proper?: boolean;
  /** S(q, q) > S(p, q) whenever p != q. */
  readonly strictlyProper?: boolean;
  /** S(p, y) = 1/|M(p)| if y is in M(p) = argmax_j p_j, else 0: the zero-one score (SR-05), whose stable reports are known exactly. */
  readonly zeroOne?: boolean;
  /** For rules defined on two outcomes: r = G'/G'' in closed form and a bound on c_S. */
  readonly binaryConvexity?: BinaryConvexity;
}

/** An immutable copy of declared traits (rule objects share them; nobody may edit a theorem). */
export function ruleTraits(traits: RuleTraits): RuleTraits {
  // Copies, so that a caller keeping the argument cannot change a rule's theorems afterwards.
  const convexity = traits.binaryConvexity && Object.freeze({ ...traits.binaryConvexity });
  return Object.freeze({ ...traits, ...(convexity ? { binaryConvexity: convexity } : {}) });
}

/** The yes/no traits. */
export type TraitName = Exclude<keyof RuleTraits, 'binaryConvexity'>;

/** Whether `name` is proved for the rule object (a missing or false trait is not). */
export function hasTrait(rule: { readonly traits?: RuleTraits }, name: TraitName): boolean {
  return rule.traits?.[name] === true;
}
