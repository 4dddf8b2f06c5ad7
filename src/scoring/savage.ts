import type { Field } from '../numbers/Field.ts';
import type { ScoringRule } from './ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';

/** A convex generator G on the simplex, written once against Field (docs/mathematics.md SR-01). */
export type Generator = <T>(F: Field<T>, p: readonly T[]) => T;

/** A (sub)gradient of G at p, one entry per outcome; any representative works (see savageRule). */
export type Subgradient = <T>(F: Field<T>, p: readonly T[]) => readonly T[];

export interface SavageOptions {
  readonly outcomes?: { readonly min: number; readonly max: number };
  readonly domain?: RuleDomain;
}

/**
 * The Savage / Gneiting-Raftery construction (docs/mathematics.md SR-01): S(p, i) = G(p) + <gradG(p), e_i - p>
 *   = G(p) + gradG(p)_i - sum_j gradG(p)_j p_j.
 * Proper iff G is convex, strictly proper iff strictly convex; then G(q) - S(p, q) is the Bregman
 * divergence D_G(q, p). Adding a constant c to every gradient entry (a normal direction of the simplex)
 * cancels in <gradG, e_i - p>, so G may be given as a function on R^n, e.g. sum p ln p with gradient
 * ln p + 1, or e^{K p_1}/K with gradient (e^{K p_1}, 0).
 */
export function savageRule(id: string, G: Generator, gradG: Subgradient, opts: SavageOptions = {}): ScoringRule {
  return {
    id,
    outcomes: opts.outcomes ?? { min: 2, max: 64 },
    domain: opts.domain ?? 'closed',
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const g = gradG(F, p);
      if (g.length !== p.length) throw new RangeError(`${id}: gradient has ${g.length} entries for ${p.length} outcomes`);
      const tangentCorrection = F.sum(g.map((gj, j) => F.mul(gj, p[j]!)));
      return F.add(G(F, p), F.sub(g[y]!, tangentCorrection));
    },
  };
}
