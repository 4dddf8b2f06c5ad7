/**
 * How much a certified counterexample can be trusted to mean what it seems to (docs/design.md §4):
 * - strict: no decision in it broke a tie and the violation is a gap, not an exact equality, so it
 *   survives any tie-breaking and a small perturbation of the inputs;
 * - tie-dependent: some decision had to choose among equally good actions (the project breaks ties
 *   toward the lowest index); the reason says whether the highest-index tie-break refutes it too;
 * - degenerate: the violation is an exact equality where a strict inequality was claimed, or the claim
 *   says the input is a degenerate case of it (a deviation only on actions never taken, a constant objective).
 */
export type Robustness =
  | { readonly kind: 'strict' }
  | { readonly kind: 'tie-dependent'; readonly reason: string }
  | { readonly kind: 'degenerate'; readonly reason: string };

export type RobustnessKind = Robustness['kind'];
