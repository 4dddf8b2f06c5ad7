import type { Field, Scalar } from './Field.ts';
import { Rational } from './Rational.ts';

/** v + d eps with eps^2 = 0: a value and its derivative along one direction. */
export interface Dual<T> {
  readonly v: T;
  readonly d: T;
}

/** Dual numbers over a base field, with the three moves derivative formulas need. */
export interface DualField<T> extends Field<Dual<T>> {
  readonly base: Field<T>;
  /** A coordinate moving along the direction: base + t dir. */
  variable(base: Rational, direction: Rational): Dual<T>;
  /** A value that does not move (derivative 0). */
  constant(x: T): Dual<T>;
  /** The stop-gradient sg(x): the same value, derivative 0 (the world held where it is). */
  stop(x: Dual<T>): Dual<T>;
}

/**
 * Forward-mode derivatives as a Field over ANY field, so that one formula gives exact derivatives in
 * the rationals (polynomial rules), exact ones with formal atoms (dualField(AtomField): also log),
 * certified ones in intervals, screened ones in balls, and second derivatives by nesting
 * (dualField(dualField(F))). At a kink `ifNonNegative` follows the branch of its test, so piecewise
 * maps get the derivative of the branch taken (the right derivative at a breakpoint of x >= c).
 */
export function dualField<T>(F: Field<T>): DualField<T> {
  const zero = F.of(0);
  const c = (v: T): Dual<T> => ({ v, d: zero });
  const branch = (test: Dual<T>, a: Dual<T>, b: Dual<T>): Dual<T> => ({
    v: F.ifNonNegative(test.v, a.v, b.v),
    d: F.ifNonNegative(test.v, a.d, b.d),
  });
  const D: DualField<T> = {
    base: F,
    tier: F.tier,
    variable: (base, direction) => ({ v: F.fromRational(base), d: F.fromRational(direction) }),
    constant: c,
    stop: (x) => c(x.v),
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
      // d sqrt(x) = dx sqrt(x) / (2x): divides by x, not by the root, so it stays exact over AtomField.
      const v = F.sqrt(x.v);
      return { v, d: F.div(F.mul(x.d, v), F.mul(F.of(2), x.v)) };
    },
    ln: (x) => ({ v: F.ln(x.v), d: F.div(x.d, x.v) }),
    exp: (x) => {
      const v = F.exp(x.v);
      return { v, d: F.mul(v, x.d) };
    },
    max: (a, b) => branch(D.sub(a, b), a, b),
    min: (a, b) => branch(D.sub(b, a), a, b),
    abs: (a) => branch(a, a, D.neg(a)),
    sum: (xs) => xs.reduce((s, x) => D.add(s, x), c(zero)),
    ifNonNegative: (test, then, otherwise) => branch(test, then, otherwise),
    ...(F.is ? { is: (x: unknown): x is Dual<T> => typeof x === 'object' && x !== null && F.is!((x as Dual<T>).v) && F.is!((x as Dual<T>).d) } : {}),
  };
  return D;
}
