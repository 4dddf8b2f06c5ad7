import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';

/**
 * The rank-one family of docs/mathematics.md PP-12 on three outcomes, with a piecewise-linear profile:
 *
 *   f(p) = p* + L g psi(<w, p>),   g = sign (2 e_k - e_j - e_l)/sqrt(6),  w = (e_j - e_l)/sqrt(2),
 *
 * with {k, j, l} = {0, 1, 2} (j < l), p* = (1 - 2s) at k and s at j and l (so <w, p*> = 0), and psi
 * 1-Lipschitz with psi(0) = 0. Written in the variable t = p_j - p_l = sqrt(2) <w, p> with
 * phi(t) = sqrt(2) psi(t / sqrt(2)), f(p) = p* + (L sqrt(3)/6) sign (2 e_k - e_j - e_l) phi(p_j - p_l): the
 * entries of Df lie in Q sqrt(3), so values are decided by certified intervals (docs/mathematics.md §9).
 *
 * Properties the claims rely on: Df = L phi'(t) g w^T has ||Df||_T = L |phi'| <= L, so f is L-Lipschitz;
 * f(p) = p forces p - p* along g, hence t = 0 and phi(0) = 0: p* is the unique fixed point; f maps the
 * simplex into itself when p*_k >= L/sqrt(3) and s >= L sqrt(3)/6 (|phi(t)| <= |t| <= 1).
 */
export interface RankOneMap {
  readonly s: Rational;
  /** The outcome g points at. */
  readonly axis: 0 | 1 | 2;
  readonly sign: 1 | -1;
  readonly L: Rational;
  /** phi as breakpoints t_1 < ... < t_m in (-1, 1) and slopes sigma_0, ..., sigma_m in [-1, 1] (phi(0) = 0). */
  readonly breaks: readonly Rational[];
  readonly slopes: readonly Rational[];
}

/** The fixed point p*. */
export function rankOneFixedPoint(map: RankOneMap): Rational[] {
  return [0, 1, 2].map((i) => (i === map.axis ? Rational.ONE.sub(map.s.mul(Rational.of(2))) : map.s));
}

/** The two outcomes other than the axis, in increasing order. */
function others(axis: number): [number, number] {
  const rest = [0, 1, 2].filter((i) => i !== axis);
  return [rest[0]!, rest[1]!];
}

/**
 * phi(t) = a t + sum_k c_k (|t - t_k| - |t_k|), c_k = (sigma_k - sigma_{k-1})/2, a = sigma_0 + sum_k c_k: the
 * slopes are sigma_0 left of every break and sigma_k after t_k, and phi(0) = 0. abs keeps interval enclosures tight.
 */
export function rankOneProfile<T>(F: Field<T>, map: RankOneMap, t: T): T {
  const c = map.breaks.map((_, k) => map.slopes[k + 1]!.sub(map.slopes[k]!).div(Rational.of(2)));
  const a = map.slopes[0]!.add(Rational.sum(c));
  const kinks = map.breaks.map((tk, k) => F.mul(F.fromRational(c[k]!), F.sub(F.abs(F.sub(t, F.fromRational(tk))), F.fromRational(tk.abs()))));
  return F.add(F.mul(F.fromRational(a), t), F.sum(kinks));
}

/** f(p) for a report over three outcomes, in any tier (sqrt(3) exact only in the symbolic or interval sense). */
export function evaluateRankOne<T>(F: Field<T>, map: RankOneMap, p: readonly T[]): T[] {
  const [j, l] = others(map.axis);
  const scale = F.mul(F.fromRational(map.L.mul(Rational.of(map.sign))), F.div(F.sqrt(F.of(3)), F.of(6)));
  const shift = F.mul(scale, rankOneProfile(F, map, F.sub(p[j]!, p[l]!)));
  return rankOneFixedPoint(map).map((c, i) => F.add(F.fromRational(c), i === map.axis ? F.mul(F.of(2), shift) : F.neg(shift)));
}

/**
 * Why the parameters do not describe a map of the family into the simplex, or undefined: s in (0, 1/2),
 * breaks strictly increasing in (-1, 1), one more slope than breaks, slopes in [-1, 1], and the simplex
 * conditions 3 p*_k^2 >= L^2 (p*_k >= L/sqrt(3)) and 12 s^2 >= L^2 (s >= L sqrt(3)/6).
 */
export function rankOneProblem(map: RankOneMap): { field: string; reason: string } | undefined {
  const { s, L, breaks, slopes } = map;
  if (!(L.sign() > 0)) return { field: 'L', reason: 'needs L > 0' };
  if (!(s.sign() > 0 && s.lt(Rational.of('1/2')))) return { field: 's', reason: 'needs 0 < s < 1/2' };
  if (slopes.length !== breaks.length + 1) return { field: 'slopes', reason: `needs ${breaks.length + 1} slopes (one more than breaks)` };
  if (slopes.some((x) => x.abs().gt(Rational.ONE))) return { field: 'slopes', reason: 'slopes must lie in [-1, 1] (phi 1-Lipschitz)' };
  if (breaks.some((t, k) => t.abs().ge(Rational.ONE) || (k > 0 && !breaks[k - 1]!.lt(t)))) return { field: 'breaks', reason: 'breaks must increase strictly within (-1, 1)' };
  const pk = Rational.ONE.sub(s.mul(Rational.of(2)));
  if (pk.pow(2).mul(Rational.of(3)).lt(L.pow(2))) return { field: 's', reason: `f leaves the simplex: p*_k = ${pk} < L/sqrt(3)` };
  if (s.pow(2).mul(Rational.of(12)).lt(L.pow(2))) return { field: 's', reason: `f leaves the simplex: s = ${s} < L sqrt(3)/6` };
  return undefined;
}
