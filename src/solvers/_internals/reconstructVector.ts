import type { ScaledVector } from './ScaledVector.ts';

/**
 * Rational reconstruction of a vector known modulo q: numerators N and one common denominator D with
 * N_i = D u_i (mod q), |N_i| <= bound, 0 < D <= bound (Wang 1981; unique when q > 2 bound^2). The common
 * denominator is grown one component at a time, so usually only one extended gcd is run.
 * undefined when no such fraction exists (too few digits).
 */
export function reconstructVector(u: readonly bigint[], q: bigint, bound: bigint): ScaledVector | undefined {
  let den = 1n;
  const num: bigint[] = [];
  const half = q / 2n;
  for (const ui of u) {
    let w = (den * ui) % q;
    if (w > half) w -= q;
    if (abs(w) > bound) {
      const f = reconstruct(w < 0n ? w + q : w, q, bound);
      if (!f || f.den * den > bound) return undefined;
      for (let j = 0; j < num.length; j++) num[j] = num[j]! * f.den;
      den *= f.den;
      w = f.num;
    }
    num.push(w);
  }
  return { num, den };
}

function reconstruct(u: bigint, q: bigint, bound: bigint): { num: bigint; den: bigint } | undefined {
  let [r0, r1, t0, t1] = [q, u, 0n, 1n];
  while (r1 > bound) {
    const k = r0 / r1;
    [r0, r1] = [r1, r0 - k * r1];
    [t0, t1] = [t1, t0 - k * t1];
  }
  if (t1 === 0n || abs(t1) > bound) return undefined;
  return t1 < 0n ? { num: -r1, den: -t1 } : { num: r1, den: t1 };
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
