import { bigintSqrt } from '../../numbers/bigintMath.ts';
import { ModPrimeLu } from './ModPrimeLu.ts';
import { reconstructVector } from './reconstructVector.ts';
import type { ScaledVector } from './ScaledVector.ts';

/** Primes just below 2^21 (found by trial division at load): see ModPrimeLu for why 21 bits. */
const PRIMES = largestPrimesBelow(2 ** 21, 4);
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
    const w = z && lift(mt, c, p, digitsNeeded(mt, c, p), (r) => lu.solveTransposed(r));
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

/**
 * Lifts digit by digit, accumulating z mod p^s, and tries rational reconstruction at checkpoints: the
 * Hadamard bound is only the worst case (measured on 400-strategy games: 512-bit denominators against a
 * ~1400-bit bound). An early answer is accepted only if M N = D b holds exactly, so it is the solution;
 * at the full bound reconstruction is guaranteed for a nonsingular M.
 */
function lift(
  m: readonly (readonly bigint[])[],
  b: readonly bigint[],
  p: number,
  steps: number,
  solveMod: (r: Float64Array) => Float64Array,
): ScaledVector | undefined {
  const stepper = residualStepper(m, b, p);
  const bp = BigInt(p);
  const acc = new Array<bigint>(m.length).fill(0n);
  let modulus = 1n;
  const every = Math.max(2, Math.ceil(steps / 48));
  for (let s = 1; s <= steps; s++) {
    const z = solveMod(stepper.residueModP());
    stepper.advance(z);
    for (let j = 0; j < acc.length; j++) if (z[j] !== 0) acc[j] = acc[j]! + BigInt(z[j]!) * modulus;
    modulus *= bp;
    if (s % every !== 0 && s !== steps) continue;
    const v = reconstructVector(acc, modulus, bigintSqrt(modulus / 2n));
    if (v && solves(m, b, v)) return v;
  }
  return undefined;
}

/** M N = D b, exactly. */
function solves(m: readonly (readonly bigint[])[], b: readonly bigint[], v: ScaledVector): boolean {
  return m.every((row, i) => {
    let s = 0n;
    for (let j = 0; j < row.length; j++) if (v.num[j] !== 0n && row[j] !== 0n) s += row[j]! * v.num[j]!;
    return s === b[i]! * v.den;
  });
}

interface Stepper {
  residueModP(): Float64Array;
  /** r <- (r - M z) / p, an exact division. */
  advance(z: Float64Array): void;
}

/** float64 residuals when provably exact (|r| stays below k max|M| + |b| / p^i < 2^52), else BigInt. */
function residualStepper(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number): Stepper {
  const maxM = m.reduce((mx, row) => row.reduce((a, v) => (abs(v) > a ? abs(v) : a), mx), 0n);
  const fast = Number(maxM) * m.length * p < SAFE && b.every((v) => abs(v) < BigInt(SAFE));
  return fast ? floatStepper(m, b, p) : bigintStepper(m, b, p);
}

function floatStepper(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number): Stepper {
  const k = m.length;
  const mf = m.map((row) => Float64Array.from(row, Number));
  const r = Float64Array.from(b, Number);
  return {
    residueModP: () => Float64Array.from(r, (v) => ((v % p) + p) % p),
    advance(z) {
      for (let i = 0; i < k; i++) {
        const row = mf[i]!;
        let acc = 0;
        for (let j = 0; j < k; j++) acc += row[j]! * z[j]!;
        r[i] = (r[i]! - acc) / p;
      }
    },
  };
}

function bigintStepper(m: readonly (readonly bigint[])[], b: readonly bigint[], p: number): Stepper {
  const bp = BigInt(p);
  const r = [...b];
  return {
    residueModP: () => Float64Array.from(r, (v) => Number(((v % bp) + bp) % bp)),
    advance(z) {
      const zb = Array.from(z, BigInt);
      m.forEach((row, i) => {
        let acc = r[i]!;
        for (let j = 0; j < row.length; j++) if (zb[j] !== 0n) acc -= row[j]! * zb[j]!;
        r[i] = acc / bp;
      });
    },
  };
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
