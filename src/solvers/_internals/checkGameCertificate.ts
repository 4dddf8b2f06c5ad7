import type { IntegerGame } from './gameLp.ts';
import type { ScaledVector } from './ScaledVector.ts';

/**
 * The minimax certificate in integers: x = X/D and q = Q/E are mixed strategies, and
 * min_j (x^T A')_j = max_i (A' q)_i. Then x guarantees the row player what q concedes, so both are
 * optimal and that number is the value (von Neumann's minimax theorem; weak LP duality).
 * Returns the value of A' as numerator/denominator, or undefined if the certificate fails.
 */
export function checkGameCertificate(g: IntegerGame, x: ScaledVector, q: ScaledVector): { num: bigint; den: bigint } | undefined {
  if (!isStrategy(x) || !isStrategy(q)) return undefined;
  const rows = x.num.flatMap((v, i) => (v === 0n ? [] : [i]));
  const cols = q.num.flatMap((v, j) => (v === 0n ? [] : [j]));
  let minCol: bigint | undefined;
  for (let j = 0; j < q.num.length; j++) {
    let s = 0n;
    for (const i of rows) s += x.num[i]! * g.a[i]![j]!;
    if (minCol === undefined || s < minCol) minCol = s;
  }
  let maxRow: bigint | undefined;
  for (const row of g.a) {
    let s = 0n;
    for (const j of cols) s += row[j]! * q.num[j]!;
    if (maxRow === undefined || s > maxRow) maxRow = s;
  }
  return minCol! * q.den === maxRow! * x.den ? { num: minCol!, den: x.den } : undefined;
}

function isStrategy(v: ScaledVector): boolean {
  return v.den > 0n && v.num.every((w) => w >= 0n) && v.num.reduce((s, w) => s + w, 0n) === v.den;
}
