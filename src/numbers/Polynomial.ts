import { Rational } from './Rational.ts';

/** A monomial as variable -> exponent (exponents >= 1); the key form is 'p0^2*q1^1', '' for 1. */
export type Monomial = ReadonlyMap<string, number>;

function keyOf(m: Monomial): string {
  return [...m.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([v, e]) => `${v}^${e}`)
    .join('*');
}

export function monomialOf(key: string): Monomial {
  if (key === '') return new Map();
  return new Map(key.split('*').map((f) => f.split('^') as [string, string]).map(([v, e]) => [v, Number(e)]));
}

function productKey(a: string, b: string): string {
  const m = new Map(monomialOf(a));
  monomialOf(b).forEach((e, v) => m.set(v, (m.get(v) ?? 0) + e));
  return keyOf(m);
}

/**
 * An exact multivariate polynomial over the rationals (immutable; zero coefficients never stored).
 * Used to expose the algebraic shape of a polynomial rule's law before asking the solver (see
 * separableCertificate).
 */
export class Polynomial {
  private constructor(readonly terms: ReadonlyMap<string, Rational>) {}

  static constant(c: Rational): Polynomial {
    return new Polynomial(c.isZero() ? new Map() : new Map([['', c]]));
  }
  static variable(name: string): Polynomial {
    return new Polynomial(new Map([[`${name}^1`, Rational.ONE]]));
  }
  static fromTerms(entries: Iterable<readonly [string, Rational]>): Polynomial {
    const m = new Map<string, Rational>();
    for (const [k, c] of entries) {
      const s = (m.get(k) ?? Rational.ZERO).add(c);
      if (s.isZero()) m.delete(k);
      else m.set(k, s);
    }
    return new Polynomial(m);
  }
  static monomial(m: Monomial, c: Rational): Polynomial {
    return Polynomial.fromTerms([[keyOf(m), c]]);
  }

  add(b: Polynomial): Polynomial {
    return Polynomial.fromTerms([...this.terms, ...b.terms]);
  }
  neg(): Polynomial {
    return Polynomial.fromTerms([...this.terms].map(([k, c]) => [k, c.neg()] as const));
  }
  sub(b: Polynomial): Polynomial {
    return this.add(b.neg());
  }
  mul(b: Polynomial): Polynomial {
    const out: [string, Rational][] = [];
    this.terms.forEach((c, k) => b.terms.forEach((d, l) => out.push([productKey(k, l), c.mul(d)])));
    return Polynomial.fromTerms(out);
  }
  pow(k: bigint): Polynomial {
    let result = Polynomial.constant(Rational.ONE);
    for (let i = 0n; i < k; i++) result = result.mul(this);
    return result;
  }
  coefficient(m: Monomial): Rational {
    return this.terms.get(keyOf(m)) ?? Rational.ZERO;
  }
  /** The constant polynomial's value, or undefined when a variable occurs. */
  asConstant(): Rational | undefined {
    if (this.terms.size === 0) return Rational.ZERO;
    return this.terms.size === 1 ? this.terms.get('') : undefined;
  }
  monomials(): readonly (readonly [Monomial, Rational])[] {
    return [...this.terms].map(([k, c]) => [monomialOf(k), c] as const);
  }
  equals(b: Polynomial): boolean {
    return this.sub(b).terms.size === 0;
  }
  toString(): string {
    return [...this.terms].map(([k, c]) => `${c}${k === '' ? '' : `*${k}`}`).join(' + ') || '0';
  }
}
