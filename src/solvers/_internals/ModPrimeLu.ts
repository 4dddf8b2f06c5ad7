/**
 * LU factorisation of a square integer matrix modulo a prime p < 2^21, in float64 arithmetic: residues
 * are < 2^21, so products are < 2^42 and up to 2^11 of them add up exactly in a double before one
 * reduction (no BigInt, and few `%`, in the O(k^3) and O(k^2) parts).
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

  /**
   * undefined when M is singular modulo p. Updates are not reduced: each subtracts a product < 2^42 from
   * an entry, so an entry stays exact for 2^10 pivots; rows and columns are reduced when used, and the
   * whole trailing block every LAZY pivots.
   */
  static factor(m: readonly (readonly bigint[])[], p: number): ModPrimeLu | undefined {
    const k = m.length;
    const lu = new Float64Array(k * k);
    const bp = BigInt(p);
    m.forEach((row, i) => row.forEach((v, j) => (lu[i * k + j] = Number(((v % bp) + bp) % bp))));
    const perm = Int32Array.from({ length: k }, (_, i) => i);
    const invDiag = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      if (c % LAZY === LAZY - 1) reduceBlock(lu, k, c, p);
      for (let i = c; i < k; i++) lu[i * k + c] = mod(lu[i * k + c]!, p);
      let piv = c;
      while (piv < k && lu[piv * k + c] === 0) piv++;
      if (piv === k) return undefined;
      if (piv !== c) swapRows(lu, perm, k, c, piv);
      for (let j = c + 1; j < k; j++) lu[c * k + j] = mod(lu[c * k + j]!, p);
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
    for (let i = 0; i < k; i++) w[i] = mod(r[this.perm[i]!]! - dotRow(lu, i * k, w, 0, i, p), p);
    for (let i = k - 1; i >= 0; i--) w[i] = (mod(w[i]! - dotRow(lu, i * k, w, i + 1, k, p), p) * this.invDiag[i]!) % p;
    return w;
  }

  /** z with M^T z = r (mod p): M^T = U^T L^T P, so solve U^T u = r, L^T t = u, z = P^T t. */
  solveTransposed(r: Float64Array): Float64Array {
    const { k, p } = this;
    const lt = this.transposed();
    const u = new Float64Array(k);
    for (let i = 0; i < k; i++) u[i] = (mod(r[i]! - dotRow(lt, i * k, u, 0, i, p), p) * this.invDiag[i]!) % p;
    for (let i = k - 1; i >= 0; i--) u[i] = mod(u[i]! - dotRow(lt, i * k, u, i + 1, k, p), p);
    const z = new Float64Array(k);
    for (let i = 0; i < k; i++) z[this.perm[i]!] = u[i]!;
    return z;
  }

  /** (LU)^T stored row-major, so the transposed solves also read memory in order. */
  private lt: Float64Array | undefined;
  private transposed(): Float64Array {
    if (this.lt) return this.lt;
    const { k, lu } = this;
    const t = new Float64Array(k * k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) t[j * k + i] = lu[i * k + j]!;
    return (this.lt = t);
  }
}

/** sum_{j in [from, to)} a[off + j] * v[j] mod p, reducing once per CHUNK terms (each term < 2^42). */
const CHUNK = 2048;
function dotRow(a: Float64Array, off: number, v: Float64Array, from: number, to: number, p: number): number {
  let total = 0;
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    let s = 0;
    for (let j = start; j < end; j++) s += a[off + j]! * v[j]!;
    total = (total + (s % p)) % p;
  }
  return total;
}

function mod(v: number, p: number): number {
  const r = v % p;
  return r < 0 ? r + p : r;
}

const LAZY = 512;
function reduceBlock(lu: Float64Array, k: number, c: number, p: number): void {
  for (let i = c; i < k; i++) for (let j = c; j < k; j++) lu[i * k + j] = mod(lu[i * k + j]!, p);
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
    const ri = i * k;
    const rc = c * k;
    for (let j = c + 1; j < k; j++) lu[ri + j] = lu[ri + j]! - f * lu[rc + j]!;
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
