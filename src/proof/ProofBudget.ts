/** The time allowed for one law at one n ran out; the verdict is `unknown (timeout after T ms)`. */
export class ProofTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`timeout after ${limitMs} ms`);
    this.name = 'ProofTimeout';
  }
}

/**
 * The wall-clock budget of one law at one n: every solver query gets what remains of it (never more),
 * and the exact algebra between queries checks it, so `--timeout-ms T` bounds the whole law at that n,
 * not each query (a law split into 30 instances must not take 30 T).
 */
export class ProofBudget {
  private readonly started = performance.now();

  constructor(readonly limitMs: number) {}

  elapsed(): number {
    return performance.now() - this.started;
  }
  remaining(): number {
    return Math.max(0, this.limitMs - this.elapsed());
  }
  expired(): boolean {
    return this.remaining() <= 0;
  }
  /** Throws ProofTimeout when nothing is left: called between steps of the exact algebra. */
  check(): void {
    if (this.expired()) throw new ProofTimeout(this.limitMs);
  }
  /** Whether an unknown answer of z3 (its reason) was the budget running out. */
  ranOut(reason?: string): boolean {
    return this.expired() || reason === 'timeout' || reason === 'canceled';
  }
  /** A query's timeout: what remains, at most `cap` (a sub-method must leave time for the next one). */
  slice(cap = Infinity): number {
    this.check();
    return Math.max(1, Math.min(this.remaining(), cap));
  }
}
