import { Rational } from '../numbers/Rational.ts';

/**
 * The Euclidean projection of x in R^n onto the probability simplex, exactly (Held, Wolfe & Crowder 1974;
 * Duchi et al. 2008): sort x decreasingly as u, take the largest rho with u_rho - (sum_{i<=rho} u_i - 1)/rho > 0,
 * theta = (sum_{i<=rho} u_i - 1)/rho, and return max(x - theta, 0). Every step is a field operation or a
 * comparison, so a rational x has a rational projection: the trainers stay exact.
 *
 * With `floor` = delta > 0 it projects onto the shrunken simplex {p : p_y >= delta} = delta 1 + (1 - n delta) Delta
 * (an affine similarity of Delta, so the projection commutes with it): for rules defined on the interior only
 * (log), where a report with a zero coordinate has score -infinity.
 */
export function projectToSimplex(x: readonly Rational[], floor: Rational = Rational.ZERO): Rational[] {
  const n = x.length;
  if (floor.sign() > 0) {
    const scale = Rational.ONE.sub(floor.mul(Rational.of(n)));
    if (scale.sign() <= 0) throw new RangeError(`floor ${floor} leaves no room in the simplex of ${n} outcomes`);
    return projectToSimplex(x.map((c) => c.sub(floor).div(scale))).map((c) => floor.add(scale.mul(c)));
  }
  const u = [...x].sort((a, b) => b.compare(a));
  let prefix = Rational.ZERO;
  let theta = Rational.ZERO;
  for (let i = 0; i < n; i++) {
    prefix = prefix.add(u[i]!);
    const t = prefix.sub(Rational.ONE).div(Rational.of(i + 1));
    if (u[i]!.sub(t).sign() > 0) theta = t;
  }
  return x.map((c) => Rational.max(Rational.ZERO, c.sub(theta)));
}

/** Whether p lies on the simplex (non-negative, sums to 1), exactly. */
export function onSimplex(p: readonly Rational[]): boolean {
  return p.every((c) => c.sign() >= 0) && Rational.sum(p).equals(Rational.ONE);
}
