import { type Monomial, Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';

/** d/dv of an exact polynomial. */
export function derivative(p: Polynomial, v: string): Polynomial {
  return p.monomials().reduce((sum, [m, c]) => {
    const k = m.get(v);
    if (!k) return sum;
    const rest = new Map(m);
    if (k === 1) rest.delete(v);
    else rest.set(v, k - 1);
    return sum.add(Polynomial.monomial(rest, c.mul(Rational.of(k))));
  }, Polynomial.constant(Rational.ZERO));
}

/** p with each variable named in `values` replaced by its polynomial (the others kept). */
export function substitute(p: Polynomial, values: Readonly<Record<string, Polynomial>>): Polynomial {
  return p.monomials().reduce((sum, [m, c]) => {
    let term = Polynomial.constant(c);
    for (const [v, k] of m) term = term.mul(values[v] ? values[v]!.pow(BigInt(k)) : Polynomial.monomial(new Map([[v, k]]), Rational.ONE));
    return sum.add(term);
  }, Polynomial.constant(Rational.ZERO));
}

/** The variables of p. */
export function variablesOf(p: Polynomial): ReadonlySet<string> {
  return new Set(p.monomials().flatMap(([m]) => [...m.keys()]));
}

/** The total degree of a monomial. */
export function monomialDegree(m: Monomial): number {
  return [...m.values()].reduce((s, e) => s + e, 0);
}
