import { bigintSqrt } from '../../numbers/_internals/bigintMath.ts';
import { ModPrimeLu } from './ModPrimeLu.ts';
import { reconstructVector } from './reconstructVector.ts';
import type { ScaledVector } from './ScaledVector.ts';

/** Primes just below 2^26 (checked by trial division at load): products of residues stay below 2^52. */
const PRIMES = largestPrimesBelow(2 ** 26, 4);
const SAFE = 2 ** 52;

/**
 * Exact solution of the nonsingular integer systems M z = b and M^T w = c by Dixon's p-adic lifting
 * (Dixon, "Exact solution of linear equations using p-adic expansions", Numer. Math. 1982): one LU
 * factorisation mod p, then per digit one modular solve and one exact residual update, then rational
 * reconstruction (Wang's half-gcd bound). Cost ~k^3/3 float64 operations plus ~3k^2 per digit, instead of
 * BigInt fraction growth in Gaussian elimination. undefined if M is singular (mod every prime tried).
 */
export function dixonSolve(
  m: readonly (readonly bigint[])[],
  b: readonly bigint[],
  c: readonly bigint[],
): { z: ScaledVector; w: ScaledVector } | undefined {
  const mt = m[0]!.map((_, j) => m.map((row) => row[j]!));
  for (const p of PRIMES) {
    const lu = ModPrimeLu.factor(m, p);
    if (!lu) continue;
    const z = lift(m, b, p, digitsNeeded(m, b, p), (r) => lu.solve(r));
    const w = lift(mt, c, p, digitsNeeded(mt, c, p), (r) => lu.solveTransposed(r));
    if (z && w) return { z, w };
  }
  return undefined;
}

/**
 * Enough digits for reconstruction to be unique: p^s > 2 H^2, where H = prod_r ||(M_r, b_r)|| bounds
 * every Cramer numerator and the determinant (Hadamard's inequality). Bit lengths over-estimate log2.
 */
function digitsNeeded(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number): number {
  let bits = 2;
  m.forEach((row, r) => {
    const sq = row.reduce((s, v) => s + v * v, b[r]! * b[r]!);
    bits += sq.toString(2).length + 1; // log2 of H^2 gets this row's log2 ||.||^2, rounded up
  });
  return Math.ceil(bits / Math.floor(Math.log2(p))) + 1;
}

function lift(
  m: readonly (readonly bigint[])[],
  b: readonly bigint[],
  p: number,
  steps: number,
  solveMod: (r: Float64Array) => Float64Array,
): ScaledVector | undefined {
  const maxM = m.reduce((mx, row) => row.reduce((a, v) => (abs(v) > a ? abs(v) : a), mx), 0n);
  const fast = Number(maxM) * m.length * p < SAFE && b.every((v) => abs(v) < BigInt(SAFE));
  const digits = fast ? liftFloat(m, b, p, steps, solveMod) : liftBigInt(m, b, p, steps, solveMod);
  const modulus = BigInt(p) ** BigInt(steps);
  return reconstructVector(combineDigits(digits, BigInt(p)), modulus, bigintSqrt(modulus / 2n));
}

/** Residuals r <- (r - M z_i) / p stay below k max|M| + |b| / p^i, so float64 is exact when SAFE holds. */
function liftFloat(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number, steps: number, solveMod: (r: Float64Array) => Float64Array): Float64Array[] {
  const k = m.length;
  const mf = m.map((row) => Float64Array.from(row, Number));
  const r = Float64Array.from(b, Number);
  const digits: Float64Array[] = [];
  const rm = new Float64Array(k);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < k; i++) rm[i] = ((r[i]! % p) + p) % p;
    const z = solveMod(rm);
    digits.push(z);
    for (let i = 0; i < k; i++) {
      const row = mf[i]!;
      let acc = r[i]!;
      for (let j = 0; j < k; j++) acc -= row[j]! * z[j]!;
      r[i] = acc / p;
    }
  }
  return digits;
}

/** The same lifting with BigInt residuals, for systems with large entries (e.g. a rational bound row). */
function liftBigInt(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number, steps: number, solveMod: (r: Float64Array) => Float64Array): Float64Array[] {
  const k = m.length;
  const bp = BigInt(p);
  const r = [...b];
  const digits: Float64Array[] = [];
  for (let s = 0; s < steps; s++) {
    const z = solveMod(Float64Array.from(r, (v) => Number(((v % bp) + bp) % bp)));
    digits.push(z);
    const zb = Array.from(z, BigInt);
    for (let i = 0; i < k; i++) {
      const row = m[i]!;
      let acc = r[i]!;
      for (let j = 0; j < k; j++) if (zb[j] !== 0n) acc -= row[j]! * zb[j]!;
      r[i] = acc / bp;
    }
  }
  return digits;
}

/** sum_i digits[i] p^i per component (Horner from the top). */
function combineDigits(digits: readonly Float64Array[], p: bigint): bigint[] {
  const k = digits[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) => {
    let acc = 0n;
    for (let s = digits.length - 1; s >= 0; s--) acc = acc * p + BigInt(digits[s]![j]!);
    return acc;
  });
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function largestPrimesBelow(limit: number, count: number): number[] {
  const out: number[] = [];
  for (let n = limit - 1; out.length < count; n -= 2) {
    let prime = n % 2 === 1;
    for (let d = 3; prime && d * d <= n; d += 2) if (n % d === 0) prime = false;
    if (prime) out.push(n);
  }
  return out;
}
