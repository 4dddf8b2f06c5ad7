import { type Field, type Scalar } from './Field.ts';
import { Rational } from './Rational.ts';
import { RationalField } from './RationalField.ts';
import { AtomSum } from './AtomSum.ts';

/** A value and a directional derivative, each an exact combination of formal atoms (AtomSum). */
export interface Slope {
  readonly v: AtomSum;
  readonly d: AtomSum;
}

/**
 * Forward-mode derivatives that stay exact when values are irrational: d/dt ln(p + t v) = v / p is rational
 * although ln p is not, and an irrational value that enters twice with opposite signs (seat 1's and seat 2's
 * score of the same report, SG-05) cancels exactly. So the gradients of polynomial rules AND of log are exact here,
 * where dualField(RationalField) would give up at the first ln. Whatever needs more (a product of two irrational
 * values, a division by one, a branch on an irrational test) throws InexactError: the caller moves to intervals.
 */
export const exactSlopeField: Field<Slope> = (() => {
  const c = (r: Rational): Slope => ({ v: AtomSum.of(r), d: AtomSum.of(Rational.ZERO) });
  const value = (x: Slope, op: string) => x.v.exact(op);
  const F: Field<Slope> = {
    tier: 'rational',
    of: (x: Scalar) => c(Rational.of(x)),
    fromRational: c,
    add: (a, b) => ({ v: a.v.add(b.v), d: a.d.add(b.d) }),
    sub: (a, b) => ({ v: a.v.sub(b.v), d: a.d.sub(b.d) }),
    neg: (a) => ({ v: a.v.neg(), d: a.d.neg() }),
    mul: (a, b) => ({ v: a.v.mul(b.v), d: product(a.d, b.v).add(product(b.d, a.v)) }),
    div: (a, b) => {
      const bv = value(b, 'division by an irrational value');
      const v = a.v.scale(bv.inv());
      return { v, d: a.d.sub(product(b.d, v)).scale(bv.inv()) };
    },
    pow: (x, e) => {
      const k = Rational.of(e);
      if (k.isZero()) return c(Rational.ONE);
      const xv = value(x, 'power of an irrational value');
      const v = power(xv, e);
      return { v, d: x.d.isZero() ? x.d : x.d.scale(k).mul(power(xv, k.sub(Rational.ONE).toString())) };
    },
    sqrt: (x) => {
      // d sqrt(x) = dx / (2 sqrt x) = dx sqrt(x) / (2x): an atom times a rational when x is rational.
      const xv = value(x, 'sqrt of an irrational value');
      const root = xv.sqrt();
      const v = root ? AtomSum.of(root) : AtomSum.atom(`sqrt(${xv})`);
      return { v, d: x.d.isZero() ? x.d : product(x.d, v).scale(Rational.of(2).mul(xv).inv()) };
    },
    ln: (x) => {
      const xv = value(x, 'ln of an irrational value');
      return { v: xv.equals(Rational.ONE) ? AtomSum.of(Rational.ZERO) : AtomSum.atom(`ln(${xv})`), d: x.d.scale(xv.inv()) };
    },
    exp: (x) => {
      const xv = value(x, 'exp of an irrational value');
      const v = xv.isZero() ? AtomSum.of(Rational.ONE) : AtomSum.atom(`exp(${xv})`);
      return { v, d: product(x.d, v) };
    },
    max: (a, b) => (value(a, 'max').ge(value(b, 'max')) ? a : b),
    min: (a, b) => (value(a, 'min').le(value(b, 'min')) ? a : b),
    abs: (a) => (value(a, 'abs').sign() >= 0 ? a : F.neg(a)),
    sum: (xs) => xs.reduce((s, x) => F.add(s, x), c(Rational.ZERO)),
    ifNonNegative: (test, then, otherwise) => (value(test, 'branch on an irrational value').sign() >= 0 ? then : otherwise),
  };
  return F;
})();

/** d * v where d = 0 needs nothing of v (0 * S := 0 also for irrational S). */
function product(d: AtomSum, v: AtomSum): AtomSum {
  return d.isZero() ? d : d.mul(v);
}

function power(x: Rational, e: Scalar): AtomSum {
  try {
    return AtomSum.of(RationalField.pow(x, e));
  } catch {
    return AtomSum.atom(`(${x})^(${e})`);
  }
}
