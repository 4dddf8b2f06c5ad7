import type { Counterexample } from './certifyInstance.ts';

export type ProofVerdict = 'proved' | 'refuted' | 'unknown' | 'outside';

/**
 * The proof tier's answer for one law at one n. `proved` comes only from unsat answers (after the
 * rule's well-definedness obligations are proved too); `refuted` only with a counterexample re-certified
 * in exact rationals; `unknown` on timeouts and uncertifiable models; `outside` for ln / exp.
 */
export interface LawProof {
  readonly verdict: ProofVerdict;
  /** Wall time spent, solver and certification. */
  readonly ms: number;
  /** 'separable' (coordinate-wise lemmas) or 'direct' (the negated law in one query). */
  readonly method?: 'separable' | 'direct';
  readonly counterexample?: Counterexample;
  /** Why unknown or outside, in a sentence. */
  readonly note?: string;
}
