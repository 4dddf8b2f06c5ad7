import { type Field, type Scalar, TierLimit } from './Field.ts';
import { Rational } from './Rational.ts';
import { Polynomial } from './Polynomial.ts';

/** The formula leaves the polynomial ring (a root, a branch, a non-constant divisor). */
export class NotPolynomial extends TierLimit {
  constructor(operation: string) {
    super(`${operation} is not a polynomial operation`);
    this.name = 'NotPolynomial';
  }
}

/**
 * Exact polynomial arithmetic as a Field (the proof tier's algebra: tier 'symbolic'): a rule built from
 * + - * and integer powers evaluates to its polynomial. Division by a constant is allowed; every other
 * operation throws NotPolynomial, and the caller falls back to the solver on the raw formula.
 */
export const polynomialField: Field<Polynomial> = {
  tier: 'symbolic',
  of: (x: Scalar) => Polynomial.constant(Rational.of(x)),
  fromRational: (r) => Polynomial.constant(r),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div(a, b) {
    const c = b.asConstant();
    if (c === undefined || c.isZero()) throw new NotPolynomial('division by a non-constant');
    return a.mul(Polynomial.constant(c.inv()));
  },
  neg: (a) => a.neg(),
  pow(x, e) {
    const k = Rational.of(e);
    if (!k.isInteger() || k.sign() < 0) throw new NotPolynomial(`power ${k}`);
    return x.pow(k.num);
  },
  sqrt: () => notPolynomial('sqrt'),
  ln: () => notPolynomial('ln'),
  exp: () => notPolynomial('exp'),
  max: () => notPolynomial('max'),
  min: () => notPolynomial('min'),
  abs: () => notPolynomial('abs'),
  sum: (xs) => xs.reduce((s, x) => s.add(x), Polynomial.constant(Rational.ZERO)),
  ifNonNegative: () => notPolynomial('ifNonNegative'),
  is: (x): x is Polynomial => x instanceof Polynomial,
};

function notPolynomial(operation: string): never {
  throw new NotPolynomial(operation);
}
