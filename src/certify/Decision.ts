/** The tier that decided: float screening (holds only), exact rationals, or intervals at a precision. */
export type Certificate = { readonly tier: 'rational' } | { readonly tier: 'interval'; readonly digits: number } | { readonly tier: 'float-screen' } | { readonly tier: 'symbolic' };

/** An exact or certified number as stored in witnesses: "n/d", or an enclosure ["lo", "hi"]. */
export type EncodedValue = string | readonly [string, string];

/** The exact quantities of a decided comparison; `asserted` says in symbols what was claimed. */
export type ComparisonWitness = {
  readonly lhs: EncodedValue;
  readonly rhs: EncodedValue;
  readonly margin: EncodedValue;
  readonly relation: string;
  readonly asserted: string;
};

/**
 * The decision for one question (one input of a claim):
 * - holds: true for this input (certified; or screened by floats with a margin that clears its error bound);
 * - refuted: a certified violation, with the quantities that show it; `exactTie` when it is an exact
 *   equality where a strict inequality was claimed (lhs = rhs for '>'), a knife-edge rather than a gap;
 *   `tieBreaks` when the caller counted the tie-breaks of the decisions behind this very witness;
 * - undecided: not decided at the precision cap; callers report it, never hide it.
 */
export type Decision<W = ComparisonWitness> =
  | { readonly kind: 'holds'; readonly by: Certificate }
  | { readonly kind: 'refuted'; readonly witness: W; readonly by: Certificate; readonly exactTie?: boolean; readonly tieBreaks?: number }
  | { readonly kind: 'undecided'; readonly reason: string; readonly witness?: W };

/** The weaker of two certificates (screening < intervals at lower precision < ... < rational), for conjunctions. */
export function weakerCertificate(a: Certificate, b: Certificate): Certificate {
  const rank = (c: Certificate) => (c.tier === 'float-screen' ? 0 : c.tier === 'interval' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) < rank(b) ? a : b;
  return a.tier === 'interval' && b.tier === 'interval' && b.digits > a.digits ? b : a;
}
