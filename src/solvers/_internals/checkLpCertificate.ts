import type { ScaledLp } from './ScaledLp.ts';
import { dotNumerators, type ScaledVector } from './ScaledVector.ts';

/**
 * The LP duality certificate, checked exactly in integers (x = X/D, y = Y/E, D, E > 0):
 * primal feasibility (x >= 0, every row), dual feasibility (sign of y_r by row sense, A^T y >= c) and
 * equal objectives c.x = b.y. By weak duality these three make both x and y optimal (Schrijver, Theory of
 * Linear and Integer Programming, Cor. 7.1g). Returns the first failure, or undefined when certified.
 */
export function checkLpCertificate(lp: ScaledLp, x: ScaledVector, y: ScaledVector): string | undefined {
  if (x.den <= 0n || y.den <= 0n) return 'non-positive common denominator';
  if (x.num.some((v) => v < 0n)) return 'primal: negative variable';
  for (let r = 0; r < lp.a.length; r++) {
    const ax = dotNumerators(lp.a[r]!, x);
    const bd = lp.b[r]! * x.den;
    const s = lp.sense[r]!;
    if ((s === '<=' && ax > bd) || (s === '>=' && ax < bd) || (s === '=' && ax !== bd)) return `primal: row ${r}`;
    const yr = y.num[r]!;
    if ((s === '<=' && yr < 0n) || (s === '>=' && yr > 0n)) return `dual: sign of row ${r}`;
  }
  const support = y.num.flatMap((v, r) => (v === 0n ? [] : [r]));
  for (let j = 0; j < lp.c.length; j++) {
    let aty = 0n;
    for (const r of support) aty += lp.a[r]![j]! * y.num[r]!;
    if (aty < lp.c[j]! * y.den) return `dual: column ${j}`;
  }
  const cx = dotNumerators(lp.c, x);
  const by = dotNumerators(lp.b, y);
  return cx * y.den === by * x.den ? undefined : 'objectives differ';
}
