import { provesQuadraticOnSimplex } from './quadraticOnSimplex.ts';
import type { ScoringRule } from './ScoringRule.ts';

/** Proofs already made, per rule object and n (a proof is about the object, so it is cached on it). */
const proved = new WeakMap<ScoringRule, Map<number, boolean>>();

/**
 * Whether the rule has the quadratic trait (RuleTraits: S(p, y) = Q(p) + a_y(p) on the simplex, so Phi
 * is quadratic for affine f) on n outcomes: as the rule object declares it, or, for a rule that
 * declares nothing about it (a user's rule), as proved for that object by exact polynomial evaluation
 * (provesQuadraticOnSimplex, which fails closed). Never guessed from the rule's id or by sampling.
 */
export function isQuadraticAt(rule: ScoringRule, n: number): boolean {
  const declared = rule.traits?.quadratic;
  if (declared !== undefined) return declared;
  const known = proved.get(rule) ?? new Map<number, boolean>();
  proved.set(rule, known);
  if (!known.has(n)) known.set(n, provesQuadraticOnSimplex(rule, n));
  return known.get(n)!;
}
