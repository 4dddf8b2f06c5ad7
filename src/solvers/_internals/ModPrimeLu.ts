/**
 * LU factorisation of a square integer matrix modulo a prime p < 2^26, in float64 arithmetic: residues
 * are < 2^26, so every product is < 2^52 and exact in a double (no BigInt in the O(k^3) part).
 * Immutable once built; solves M z = r and M^T z = r (mod p).
 */
export class ModPrimeLu {
  private constructor(
    readonly p: number,
    private readonly k: number,
    private readonly lu: Float64Array,
    private readonly perm: Int32Array,
    private readonly invDiag: Float64Array,
  ) {}

  /** undefined when M is singular modulo p. */
  static factor(m: readonly (readonly bigint[])[], p: number): ModPrimeLu | undefined {
    const k = m.length;
    const lu = new Float64Array(k * k);
    const bp = BigInt(p);
    m.forEach((row, i) => row.forEach((v, j) => (lu[i * k + j] = Number(((v % bp) + bp) % bp))));
    const perm = Int32Array.from({ length: k }, (_, i) => i);
    const invDiag = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let piv = c;
      while (piv < k && lu[piv * k + c] === 0) piv++;
      if (piv === k) return undefined;
      if (piv !== c) swapRows(lu, perm, k, c, piv);
      const inv = modInverse(lu[c * k + c]!, p);
      invDiag[c] = inv;
      eliminateBelow(lu, k, c, inv, p);
    }
    return new ModPrimeLu(p, k, lu, perm, invDiag);
  }

  /** z with M z = r (mod p); r entries in [0, p). */
  solve(r: Float64Array): Float64Array {
    const { k, lu, p } = this;
    const w = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = r[this.perm[i]!]!;
      for (let j = 0; j < i; j++) s += p - ((lu[i * k + j]! * w[j]!) % p);
      w[i] = s % p;
    }
    for (let i = k - 1; i >= 0; i--) {
      let s = w[i]!;
      for (let j = i + 1; j < k; j++) s += p - ((lu[i * k + j]! * w[j]!) % p);
      w[i] = ((s % p) * this.invDiag[i]!) % p;
    }
    return w;
  }

  /** z with M^T z = r (mod p): M^T = U^T L^T P, so solve U^T u = r, L^T t = u, z = P^T t. */
  solveTransposed(r: Float64Array): Float64Array {
    const { k, lu, p } = this;
    const u = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = r[i]!;
      for (let j = 0; j < i; j++) s += p - ((lu[j * k + i]! * u[j]!) % p);
      u[i] = ((s % p) * this.invDiag[i]!) % p;
    }
    for (let i = k - 1; i >= 0; i--) {
      let s = u[i]!;
      for (let j = i + 1; j < k; j++) s += p - ((lu[j * k + i]! * u[j]!) % p);
      u[i] = s % p;
    }
    const z = new Float64Array(k);
    for (let i = 0; i < k; i++) z[this.perm[i]!] = u[i]!;
    return z;
  }
}

function swapRows(lu: Float64Array, perm: Int32Array, k: number, a: number, b: number): void {
  for (let j = 0; j < k; j++) {
    const t = lu[a * k + j]!;
    lu[a * k + j] = lu[b * k + j]!;
    lu[b * k + j] = t;
  }
  const t = perm[a]!;
  perm[a] = perm[b]!;
  perm[b] = t;
}

/** Stores the multipliers l_ic in place of the eliminated entries (unit lower L, upper U). */
function eliminateBelow(lu: Float64Array, k: number, c: number, inv: number, p: number): void {
  for (let i = c + 1; i < k; i++) {
    const f = (lu[i * k + c]! * inv) % p;
    lu[i * k + c] = f;
    if (f === 0) continue;
    for (let j = c + 1; j < k; j++) {
      const v = lu[i * k + j]! - ((f * lu[c * k + j]!) % p);
      lu[i * k + j] = v < 0 ? v + p : v;
    }
  }
}

export function modInverse(a: number, p: number): number {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return t0 < 0 ? t0 + p : t0;
}
