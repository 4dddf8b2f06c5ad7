import type { Counterexample } from './certifyInstance.ts';

export type ProofVerdict = 'proved' | 'refuted' | 'unknown' | 'outside';

/**
 * How a verdict was reached (docs/design.md §2, the proof tier):
 * - 'identity': an equality law by exact algebra (roots as atoms), or refuted at a sampled point;
 * - 'separable': properness as one two-variable lemma per coordinate (after p_i = s_i^k and, for
 *   rules blind to scale, a normalisation);
 * - 'savage': properness as convexity of G(q) = S(q, q), the rule checked to be G's Savage form;
 * - 'direct': the negated law in one solver query.
 */
export type ProofMethod = 'identity' | 'separable' | 'savage' | 'direct';

/**
 * The proof tier's answer for one law at one n. `proved` comes only from unsat answers or exact
 * algebraic identities (after the rule's well-definedness obligations are proved too); `refuted` only
 * with a counterexample re-certified in exact rationals; `unknown` on timeouts and uncertifiable
 * models; `outside` when the law needs what ln / exp are (the tier treats them as uninterpreted).
 */
export interface LawProof {
  readonly verdict: ProofVerdict;
  /** Wall time spent, solver and certification. */
  readonly ms: number;
  readonly method?: ProofMethod;
  readonly counterexample?: Counterexample;
  /** Why unknown or outside, or how it was proved, in a sentence. */
  readonly note?: string;
}
