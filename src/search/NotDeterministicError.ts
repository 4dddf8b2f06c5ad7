/**
 * A counterexample the search found did not refute the claim when decided again: the checked code
 * gives different answers for the same input (a rule using Math.random, or state kept between calls).
 */
export class NotDeterministicError extends Error {
  constructor(
    readonly claimId: string,
    readonly detail: string,
  ) {
    super(`${claimId}: ${detail}`);
    this.name = 'NotDeterministicError';
  }
}
