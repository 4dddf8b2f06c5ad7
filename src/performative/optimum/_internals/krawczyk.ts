import { Interval } from '../../../numbers/Interval.ts';
import { Rational } from '../../../numbers/Rational.ts';
import type { SimplexObjective } from './simplexObjective.ts';

/** What Krawczyk's operator says about the critical points of Phi on a face in a box. */
export type KrawczykVerdict =
  | { readonly kind: 'none' } // K(X) ∩ X is empty: no critical point in X
  | { readonly kind: 'unique'; readonly lo: Rational[]; readonly hi: Rational[] } // exactly one, in this box
  | { readonly kind: 'contracted'; readonly lo: Rational[]; readonly hi: Rational[] } // every one lies in this smaller box
  | { readonly kind: 'unknown' };

/**
 * Krawczyk's operator (Moore, Kearfott & Cloud 2009, §8.2) for g, the gradient of Phi on the face with
 * support S in the face coordinates x (SimplexObjective), on a box X of x in the relative interior of the
 * face: with c the midpoint and Y any matrix (the float inverse of the midpoint Hessian: Y only steers, it
 * never decides), K(X) = c - Y g(c) + (I - Y H(X)) (X - c). Every zero of g in X lies in K(X); if K(X) ∩ X
 * is empty there is none; if K(X) lies in the interior of X there is exactly one, and iterating
 * X := K(X) ∩ X contracts onto it quadratically. A maximiser of Phi in the relative interior of a face is
 * a zero of g (KKT), so these verdicts locate or exclude the maximisers in X. X is `lo`, `hi` in x.
 */
export function krawczyk(obj: SimplexObjective, support: readonly number[], lo0: readonly Rational[], hi0: readonly Rational[], steps = 40): KrawczykVerdict {
  const K = krawczykImage(obj, support, lo0, hi0);
  if (!K) return { kind: 'unknown' };
  if (K.some((k, i) => k.lo.gt(hi0[i]!) || k.hi.lt(lo0[i]!))) return { kind: 'none' };
  const cut = intersect(K, lo0, hi0);
  if (!K.every((k, i) => k.lo.gt(lo0[i]!) && k.hi.lt(hi0[i]!))) {
    return maxWidth(cut.lo, cut.hi).mul(Rational.of(4)).le(maxWidth(lo0, hi0).mul(Rational.of(3))) ? { kind: 'contracted', ...cut } : { kind: 'unknown' };
  }
  let { lo, hi } = cut;
  for (let step = 1; step < steps; step++) {
    const next = krawczykImage(obj, support, lo, hi);
    if (!next) break;
    const smaller = intersect(next, lo, hi);
    const [before, after] = [maxWidth(lo, hi), maxWidth(smaller.lo, smaller.hi)];
    ({ lo, hi } = smaller);
    if (after.isZero() || after.ge(before)) break; // converged, or no longer contracting
  }
  return { kind: 'unique', lo, hi };
}

function intersect(K: readonly { lo: Rational; hi: Rational }[], lo: readonly Rational[], hi: readonly Rational[]): { lo: Rational[]; hi: Rational[] } {
  return { lo: K.map((k, i) => Rational.max(k.lo, lo[i]!)), hi: K.map((k, i) => Rational.min(k.hi, hi[i]!)) };
}

function krawczykImage(obj: SimplexObjective, support: readonly number[], lo: readonly Rational[], hi: readonly Rational[]): { lo: Rational; hi: Rational }[] | undefined {
  const { F } = obj;
  const c = lo.map((a, i) => a.add(hi[i]!).div(Rational.of(2)));
  const gc = obj.faceGradient(support, c.map((v) => F.fromRational(v)));
  const H = obj.faceHessian(support, lo.map((a, i) => Interval.hull(F.fromRational(a), F.fromRational(hi[i]!))));
  if (!gc || !H) return undefined;
  const Y = floatInverse(H.map((row) => row.map((h) => F.approx(h))));
  if (!Y) return undefined;
  const y = Y.map((row) => row.map((v) => F.fromRational(Rational.of(v))));
  const dx = lo.map((a, i) => Interval.hull(F.fromRational(a.sub(c[i]!)), F.fromRational(hi[i]!.sub(c[i]!))));
  const one = F.of(1);
  const zero = F.of(0);
  return c.map((ci, i) => {
    const newton = F.sum(gc.map((g, k) => F.mul(y[i]![k]!, g)));
    const spread = F.sum(dx.map((dxk, k) => F.mul(F.sub(k === i ? one : zero, F.sum(H.map((row, l) => F.mul(y[i]![l]!, row[k]!)))), dxk)));
    const K = F.add(F.sub(F.fromRational(ci), newton), spread);
    return { lo: Rational.of(K.lo.toString()), hi: Rational.of(K.hi.toString()) };
  });
}

/** The inverse of a small float matrix by Gauss-Jordan with partial pivoting, or undefined when singular. */
function floatInverse(M: readonly (readonly number[])[]): number[][] | undefined {
  const n = M.length;
  const a = M.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (!(Math.abs(a[p]![c]!) > 1e-300)) return undefined;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const pivot = a[c]![c]!;
    a[c] = a[c]!.map((v) => v / pivot);
    for (let r = 0; r < n; r++) {
      const f = a[r]![c]!;
      if (r !== c && f !== 0) a[r] = a[r]!.map((v, j) => v - f * a[c]![j]!);
    }
  }
  const inverse = a.map((row) => row.slice(n));
  return inverse.every((row) => row.every(Number.isFinite)) ? inverse : undefined;
}

function maxWidth(lo: readonly Rational[], hi: readonly Rational[]): Rational {
  return lo.reduce((m, a, i) => Rational.max(m, hi[i]!.sub(a)), Rational.ZERO);
}
