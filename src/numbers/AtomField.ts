import { DomainError, InexactError, type NumericField, type Scalar } from './Field.ts';
import { AtomSum } from './AtomSum.ts';
import { Rational } from './Rational.ts';
import { RationalField } from './RationalField.ts';

/**
 * The exact tier with formal irrational atoms: values are c + sum k_i atom_i (AtomSum), where an atom
 * names an irrational number exactly ("ln(2/3)", "exp(1/2)", "sqrt(2)"). Equal atoms merge, so a value
 * that enters twice with opposite signs cancels exactly, and d/dx ln(x) = 1/x stays rational: dual numbers
 * over this field (dualField(AtomField)) give exact derivatives of polynomial rules AND of log.
 * Whatever needs more (a product of two irrational values, a division by one, a branch or comparison on
 * one) throws InexactError, and the caller moves to intervals. Sound in one direction: a value with no
 * atoms left is that rational number; one with atoms is unknown (ln 4 - 2 ln 2 is not recognised as 0).
 */
export const AtomField: NumericField<AtomSum> = {
  tier: 'rational',
  of: (x: Scalar) => AtomSum.of(Rational.of(x)),
  fromRational: (r) => AtomSum.of(r),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => {
    const d = b.exact('division by an irrational value');
    if (d.isZero()) throw new DomainError('division by zero');
    return a.scale(d.inv());
  },
  neg: (a) => a.neg(),
  pow(x, e) {
    const k = Rational.of(e);
    if (k.isZero()) return AtomSum.of(Rational.ONE);
    if (k.equals(Rational.ONE)) return x;
    const base = x.exact('power of an irrational value');
    return exactOr(() => RationalField.pow(base, e), `(${base})^(${k})`);
  },
  sqrt(x) {
    const v = x.exact('sqrt of an irrational value');
    return exactOr(() => RationalField.sqrt(v), `sqrt(${v})`);
  },
  ln(x) {
    const v = x.exact('ln of an irrational value');
    return exactOr(() => RationalField.ln(v), `ln(${v})`);
  },
  exp(x) {
    const v = x.exact('exp of an irrational value');
    return exactOr(() => RationalField.exp(v), `exp(${v})`);
  },
  max: (a, b) => (a.exact('max of an irrational value').ge(b.exact('max of an irrational value')) ? a : b),
  min: (a, b) => (a.exact('min of an irrational value').le(b.exact('min of an irrational value')) ? a : b),
  abs: (a) => (a.exact('abs of an irrational value').sign() >= 0 ? a : a.neg()),
  sum: (xs) => xs.reduce((s, x) => s.add(x), AtomSum.of(Rational.ZERO)),
  ifNonNegative: (test, then, otherwise) => (test.exact('branch on an irrational value').sign() >= 0 ? then : otherwise),
  sign: (x) => x.rational?.sign(),
  approx: (x) => x.rational?.toNumber() ?? Number.NaN,
  encode: (x) => x.toString(),
  isFinite: () => true,
  is: (x): x is AtomSum => x instanceof AtomSum,
};

/** The rational result, or the named atom where it is irrational (domain errors propagate). */
function exactOr(rational: () => Rational, atom: string): AtomSum {
  try {
    return AtomSum.of(rational());
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
    return AtomSum.atom(atom);
  }
}
