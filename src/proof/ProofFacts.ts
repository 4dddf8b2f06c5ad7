/**
 * What earlier proofs about ONE rule object established, for later ones to use (owned by one proveRule
 * call): the laws proved at each n (symmetry lets properness sort q and locality check one outcome),
 * and the well-definedness obligations already proved (the same denominators recur in every instance).
 * Only proofs are recorded, never guesses, so using a fact is as sound as the proof that made it.
 */
export class ProofFacts {
  private readonly proved = new Set<string>();
  private readonly defined = new Set<string>();

  recordProved(law: string, n: number, domain: string): void {
    this.proved.add(`${law}@${n}/${domain}`);
  }
  /** Proved at n on `domain`, or on the closed simplex (which contains the interior). */
  isProved(law: string, n: number, domain: string): boolean {
    return this.proved.has(`${law}@${n}/${domain}`) || this.proved.has(`${law}@${n}/closed`);
  }
  recordDefined(obligations: string): void {
    this.defined.add(obligations);
  }
  isDefined(obligations: string): boolean {
    return this.defined.has(obligations);
  }
}
