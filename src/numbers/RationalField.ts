import { DomainError, InexactError, type NumericField, type Scalar } from './Field.ts';
import { Rational } from './Rational.ts';

/** Exact tier: BigInt rationals. Throws InexactError where a result would be irrational. */
export const RationalField: NumericField<Rational> = {
  tier: 'rational',
  of: (x: Scalar) => Rational.of(x),
  fromRational: (r) => r,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  pow(x, e) {
    const k = Rational.of(e);
    if (k.isInteger()) return x.pow(k.num);
    if (x.sign() < 0) throw new DomainError(`non-integer power of a negative number ${x}`);
    if (x.isZero() || x.equals(Rational.ONE)) return k.sign() > 0 || x.equals(Rational.ONE) ? x : divByZero();
    if (k.den === 2n) {
      const root = x.sqrt();
      if (root) return root.pow(k.num);
    }
    throw new InexactError(`${x}^(${k})`);
  },
  sqrt(x) {
    const root = x.sqrt();
    if (!root) throw new InexactError(`sqrt(${x})`);
    return root;
  },
  ln(x) {
    if (x.sign() <= 0) throw new DomainError(`ln of a non-positive number ${x}`);
    if (x.equals(Rational.ONE)) return Rational.ZERO;
    throw new InexactError(`ln(${x})`);
  },
  exp(x) {
    if (x.isZero()) return Rational.ONE;
    throw new InexactError(`exp(${x})`);
  },
  max: (a, b) => Rational.max(a, b),
  min: (a, b) => Rational.min(a, b),
  abs: (a) => a.abs(),
  sum: (xs) => Rational.sum(xs),
  ifNonNegative: (test, then, otherwise) => (test.sign() >= 0 ? then : otherwise),
  sign: (x) => x.sign(),
  approx: (x) => x.toNumber(),
  encode: (x) => x.toString(),
  isFinite: () => true,
  is: (x): x is Rational => x instanceof Rational,
};

function divByZero(): never {
  throw new DomainError('division by zero (0 to a negative power)');
}
