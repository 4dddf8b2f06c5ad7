import type { Rational } from '../numbers/Rational.ts';

/**
 * How predictors are paid after the chosen action a and outcome y (docs/mathematics.md DEC-00, DEC-03, ZS-00, ZS-05):
 * - single: one predictor, S(p(.|a), y);
 * - zero-sum: two predictors, predictor i gets S(p_i(.|a), y) - S(p_j(.|a), y);
 * - weighted: two predictors, S(p_i(.|a), y) - c S(p_j(.|a), y) (c = 1 is zero-sum; general-sum otherwise);
 * - importance-weighted: one predictor, S(p(.|a), y) / pi(a), for full-support decision rules only.
 */
export type ScoringScheme =
  | { readonly kind: 'single' }
  | { readonly kind: 'zero-sum' }
  | { readonly kind: 'weighted'; readonly c: Rational }
  | { readonly kind: 'importance-weighted' };

export type SchemeKind = ScoringScheme['kind'];

export const SCHEME_KINDS: readonly SchemeKind[] = ['single', 'zero-sum', 'weighted', 'importance-weighted'];

/** How many predictors the scheme pays: 1 (single, importance-weighted) or 2. */
export function predictorCount(scheme: ScoringScheme): 1 | 2 {
  return scheme.kind === 'single' || scheme.kind === 'importance-weighted' ? 1 : 2;
}
