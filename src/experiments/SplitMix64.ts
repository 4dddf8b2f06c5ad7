const MASK = (1n << 64n) - 1n;
/** SplitMix64's increment, the golden ratio times 2^64 (odd). */
const GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's output function (Steele, Lea & Flood 2014): a bijection of 64-bit words. */
export function mix64(z0: bigint): bigint {
  let z = z0 & MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

/**
 * The experiments' random numbers: SplitMix64 in BigInt arithmetic, so the stream is the same on every
 * platform and Node version (no float, no Math.random). State s; each draw: s = s + GAMMA mod 2^64,
 * output mix64(s). Integers are drawn without bias by rejection (`int`).
 *
 * Instance K of an experiment with seed S draws from its own stream, started at
 *   s_K = mix64(mix64(S mod 2^64 + GAMMA) + K * GAMMA mod 2^64)
 * (S a signed 32-bit seed, taken mod 2^64), so instance K is the same whatever the number of samples,
 * the number of workers or the order in which instances run, and `--instance K` re-creates it alone.
 */
export class SplitMix64 {
  private state: bigint;

  constructor(state: bigint) {
    this.state = state & MASK;
  }

  static forInstance(seed: number, instance: number): SplitMix64 {
    const key = mix64((BigInt(seed) & MASK) + GAMMA);
    return new SplitMix64(mix64(key + ((BigInt(instance) * GAMMA) & MASK)));
  }

  /** The next 64-bit word. */
  next(): bigint {
    this.state = (this.state + GAMMA) & MASK;
    return mix64(this.state);
  }

  /** A uniform integer in [0, m), m >= 1: words at or above the largest multiple of m below 2^64 are drawn again. */
  int(m: number): number {
    if (!Number.isSafeInteger(m) || m < 1) throw new RangeError(`SplitMix64.int needs a positive safe integer, got ${m}`);
    const bound = BigInt(m);
    const limit = (1n << 64n) - ((1n << 64n) % bound);
    for (;;) {
      const x = this.next();
      if (x < limit) return Number(x % bound);
    }
  }
}
