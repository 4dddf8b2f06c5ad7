import type { Field, Scalar } from './Field.ts';
import { Rational } from './Rational.ts';

/** v + d eps with eps^2 = 0: a value and its derivative along one direction. */
export interface Dual<T> {
  readonly v: T;
  readonly d: T;
}

/**
 * Forward-mode derivatives as a Field over any base field, so that the same rule and map formulas
 * give exact derivatives in the rationals (polynomial rules) and certified ones in intervals:
 * used for the stop-gradient update G''(p)(f(p) - p) = d/dp S(p, q) at q = f(p_t) (SG-02) and for
 * Phi'(p) in ordinary gradient ascent. At a kink `ifNonNegative` picks the branch of its test, so
 * piecewise maps get the right derivative at breakpoints (a one-sided derivative, documented).
 */
export function dualField<T>(F: Field<T>): Field<Dual<T>> {
  const c = (v: T): Dual<T> => ({ v, d: F.of(0) });
  const branch = (test: Dual<T>, a: Dual<T>, b: Dual<T>): Dual<T> => ({
    v: F.ifNonNegative(test.v, a.v, b.v),
    d: F.ifNonNegative(test.v, a.d, b.d),
  });
  const D: Field<Dual<T>> = {
    tier: F.tier,
    of: (x: Scalar) => c(F.of(x)),
    fromRational: (r) => c(F.fromRational(r)),
    add: (a, b) => ({ v: F.add(a.v, b.v), d: F.add(a.d, b.d) }),
    sub: (a, b) => ({ v: F.sub(a.v, b.v), d: F.sub(a.d, b.d) }),
    mul: (a, b) => ({ v: F.mul(a.v, b.v), d: F.add(F.mul(a.d, b.v), F.mul(a.v, b.d)) }),
    div: (a, b) => {
      const v = F.div(a.v, b.v);
      return { v, d: F.div(F.sub(a.d, F.mul(v, b.d)), b.v) };
    },
    neg: (a) => ({ v: F.neg(a.v), d: F.neg(a.d) }),
    pow: (x, e) => {
      const k = Rational.of(String(e));
      if (k.isZero()) return c(F.of(1));
      return { v: F.pow(x.v, e), d: F.mul(F.mul(F.fromRational(k), F.pow(x.v, k.sub(Rational.ONE).toString())), x.d) };
    },
    sqrt: (x) => {
      const v = F.sqrt(x.v);
      return { v, d: F.div(x.d, F.mul(F.of(2), v)) };
    },
    ln: (x) => ({ v: F.ln(x.v), d: F.div(x.d, x.v) }),
    exp: (x) => {
      const v = F.exp(x.v);
      return { v, d: F.mul(v, x.d) };
    },
    max: (a, b) => branch(D.sub(a, b), a, b),
    min: (a, b) => branch(D.sub(b, a), a, b),
    abs: (a) => branch(a, a, D.neg(a)),
    sum: (xs) => xs.reduce((s, x) => D.add(s, x), c(F.of(0))),
    ifNonNegative: (test, then, otherwise) => branch(test, then, otherwise),
  };
  return D;
}
