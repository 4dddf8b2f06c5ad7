import { type Field, type Scalar, TierLimit } from '../numbers/Field.ts';
import { type Monomial, monomialOf, Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { exactRoot } from './exactRoot.ts';
import { polynomialKey } from './polynomialKey.ts';

/** A quotient of polynomials in the variables and the atoms (the denominator is never reduced to 1 by gcds). */
export interface Radical {
  readonly num: Polynomial;
  readonly den: Polynomial;
}

/**
 * A symbol the algebra cannot expand: t = base^(1/e) >= 0 (a root, with the relation t^e = base);
 * ln(base), exp(base) (uninterpreted: no relation at all, only "the same argument, the same value");
 * or a branch, max / min of a set of values or ite(test >= 0, a, b), kept as a function of its `args`
 * (max is a function of the set: max(max(a, b), c) and max(c, a, b) are one atom). For branches,
 * `base` only lists the variables the arguments mention.
 */
export interface Atom {
  readonly name: string;
  readonly kind: 'root' | 'ln' | 'exp' | 'max' | 'min' | 'ite';
  readonly base: Polynomial;
  readonly e: bigint;
  readonly args?: readonly Radical[];
}

/** The formula leaves what the algebra expresses: a root of a quotient, a derivative of a branch, or a size cap. */
export class NotAlgebraic extends TierLimit {
  constructor(operation: string) {
    super(`${operation} is outside the radical algebra`);
    this.name = 'NotAlgebraic';
  }
}

export interface RadicalOptions {
  /** Variables known to be >= 0 (coordinates of a distribution), so that sqrt(x^2) = x. */
  readonly nonNegative: (name: string) => boolean;
  /** Bases known to equal 1 where the formula is asked (a normalisation): every root of them is 1. */
  readonly unit?: readonly Polynomial[];
  /** Called between operations (a budget check may throw). */
  readonly tick?: () => void;
  /** Largest number of terms of any polynomial (the algebra gives up beyond it). */
  readonly maxTerms?: number;
}

export interface RadicalAlgebra {
  readonly F: Field<Radical>;
  variable(name: string): Radical;
  /** The atoms made so far, oldest first (a root's base only mentions older atoms). */
  atoms(): readonly Atom[];
  /** Exactly zero modulo the root relations t^e = base (sound: then zero at every real point). */
  isZero(x: Radical): boolean;
}

const ATOM = '@';

/** Whether a variable of a Radical's polynomials is an atom (a root, ln or exp) rather than a variable. */
export const isAtomName = (name: string): boolean => name.startsWith(ATOM);
const DEFAULT_MAX_TERMS = 20_000;

const constant = (r: Rational): Polynomial => Polynomial.constant(r);

/**
 * Exact arithmetic with roots as symbols: values are quotients of polynomials over Q in the variables and
 * in atoms t_k = base_k^(1/e_k), kept reduced modulo t_k^(e_k) = base_k. The relations have pairwise
 * coprime leading monomials t_k^(e_k) in an order where each atom exceeds everything in its base, so
 * they are a Groebner basis (Buchberger's first criterion) and the reduced form is canonical: a
 * difference that reduces to zero is zero at every real point where the relations hold, in particular
 * with the real non-negative roots. (A non-zero reduced form proves nothing: sqrt(x^2) - x is zero
 * for x >= 0. Callers then look for a counterexample or ask the solver.)
 *
 * Roots are memoised by their base, so sqrt(sum p_j^2) built n times, or in another order of the
 * summands, is one atom: the identity S(sigma p, sigma y) = S(p, y) of the spherical rule reduces to
 * 0 = 0. A root of a monomial that is a perfect power of non-negative factors is taken exactly
 * (sqrt(s^2) = s, (s^2)^(3/2) = s^3): substituting p_i = s_i^2 is how roots of coordinates disappear.
 */
export function radicalAlgebra(opts: RadicalOptions): RadicalAlgebra {
  const maxTerms = opts.maxTerms ?? DEFAULT_MAX_TERMS;
  const atoms: Atom[] = [];
  const byKey = new Map<string, Atom>();
  const unitKeys = new Set((opts.unit ?? []).map(polynomialKey));
  const atomIndex = (name: string): number => (name.startsWith(ATOM) ? Number(name.slice(1)) : -1);
  const nonNegative = (name: string): boolean => {
    const k = atomIndex(name);
    return k >= 0 ? atoms[k]!.kind === 'root' || atoms[k]!.kind === 'exp' : opts.nonNegative(name);
  };

  const capped = (p: Polynomial): Polynomial => {
    if (p.terms.size > maxTerms) throw new NotAlgebraic(`a polynomial of more than ${maxTerms} terms`);
    return p;
  };
  /** Replaces t^k (k >= e) by t^(k mod e) base^(k div e) until no root exponent reaches its e. */
  const reduce = (p: Polynomial): Polynomial => {
    let current = p;
    for (;;) {
      opts.tick?.();
      const kept: (readonly [string, Rational])[] = [];
      const replaced: Polynomial[] = [];
      for (const [key, c] of current.terms) {
        const m = key.includes(ATOM) ? monomialOf(key) : undefined;
        const excess = m && [...m].find(([v, k]) => atomIndex(v) >= 0 && atoms[atomIndex(v)]!.kind === 'root' && BigInt(k) >= atoms[atomIndex(v)]!.e);
        if (!m || !excess) {
          kept.push([key, c]);
          continue;
        }
        const [v, k] = excess;
        const atom = atoms[atomIndex(v)]!;
        const rest = new Map(m);
        const keep = BigInt(k) % atom.e;
        if (keep === 0n) rest.delete(v);
        else rest.set(v, Number(keep));
        replaced.push(Polynomial.monomial(rest, c).mul(atom.base.pow(BigInt(k) / atom.e)));
      }
      if (replaced.length === 0) return current;
      current = capped(Polynomial.fromTerms([...kept, ...replaced.flatMap((r) => [...r.terms])]));
    }
  };
  const make = (num: Polynomial, den: Polynomial): Radical => {
    const d = den.asConstant();
    if (d !== undefined) {
      if (d.isZero()) throw new NotAlgebraic('a division by zero');
      return { num: reduce(num).mul(constant(d.inv())), den: constant(Rational.ONE) };
    }
    return { num: reduce(num), den: reduce(den) };
  };
  const poly = (p: Polynomial): Radical => ({ num: p, den: constant(Rational.ONE) });
  const ONE = poly(constant(Rational.ONE));

  const atomOf = (kind: Atom['kind'], base: Polynomial, e: bigint): Radical => {
    const key = `${kind} ${e} ${polynomialKey(base)}`;
    let atom = byKey.get(key);
    if (!atom) {
      atom = { name: `${ATOM}${atoms.length}`, kind, base, e };
      atoms.push(atom);
      byKey.set(key, atom);
    }
    return poly(Polynomial.variable(atom.name));
  };
  /** base^(1/e) exactly when base is c * m^e with c a rational e-th power and m of non-negative factors. */
  const perfectRoot = (base: Polynomial, e: bigint): Polynomial | undefined => {
    const terms = base.monomials();
    if (terms.length !== 1) return undefined;
    const [m, c] = terms[0]!;
    const r = exactRoot(c, e);
    if (!r || ![...m].every(([v, k]) => BigInt(k) % e === 0n && nonNegative(v))) return undefined;
    const root: Monomial = new Map([...m].map(([v, k]) => [v, Number(BigInt(k) / e)]));
    return Polynomial.monomial(root, r);
  };
  /** base^(1/e) for a polynomial base >= 0 (the caller's obligation). */
  const root = (base: Polynomial, e: bigint): Radical => {
    if (unitKeys.has(polynomialKey(base))) return ONE;
    if (base.terms.size === 0) return poly(base);
    const exact = perfectRoot(base, e);
    return exact ? poly(exact) : atomOf('root', base, e);
  };
  /** x^(a/e) with e > 1 and gcd(a, e) = 1, as root(x)^|a|, inverted for a < 0. */
  const fractionalPower = (x: Radical, k: Rational): Radical => {
    const d = x.den.asConstant();
    if (d === undefined) throw new NotAlgebraic('a root of a quotient');
    const t = root(x.num.mul(constant(d.inv())), k.den);
    const tk = F.pow(t, (k.num < 0n ? -k.num : k.num).toString());
    return k.num < 0n ? F.div(ONE, tk) : tk;
  };
  const transcendental = (kind: 'ln' | 'exp', x: Radical): Radical => {
    const d = x.den.asConstant();
    if (d === undefined) throw new NotAlgebraic(`${kind} of a quotient`);
    return atomOf(kind, x.num.mul(constant(d.inv())), 1n);
  };
  const keyOf = (x: Radical): string => `${polynomialKey(x.num)} / ${polynomialKey(x.den)}`;
  /** The atom a value is, when it is exactly one (den 1, num the atom's variable). */
  const asAtom = (x: Radical): Atom | undefined => {
    const [entry] = x.num.terms;
    if (x.num.terms.size !== 1 || x.den.asConstant()?.equals(Rational.ONE) !== true || !entry![1].equals(Rational.ONE)) return undefined;
    const m = monomialOf(entry![0]);
    const [name, power] = m.size === 1 ? [...m][0]! : ['', 0];
    return power === 1 && atomIndex(name) >= 0 ? atoms[atomIndex(name)] : undefined;
  };
  const branchAtom = (kind: 'max' | 'min' | 'ite', args: readonly Radical[], key: string): Radical => {
    const full = `${kind} ${key}`;
    let atom = byKey.get(full);
    if (!atom) {
      const base = args.reduce((s, a) => s.add(a.num).add(a.den), constant(Rational.ZERO));
      atom = { name: `${ATOM}${atoms.length}`, kind, base, e: 1n, args };
      atoms.push(atom);
      byKey.set(full, atom);
    }
    return poly(Polynomial.variable(atom.name));
  };
  /** max / min of the set of values, nested ones of the same kind merged, in a canonical order. */
  const extremum = (kind: 'max' | 'min') => (a: Radical, b: Radical): Radical => {
    const flat = [a, b].flatMap((x) => (asAtom(x)?.kind === kind ? asAtom(x)!.args! : [x]));
    const unique = new Map(flat.map((x) => [keyOf(x), x]));
    if (unique.size === 1) return flat[0]!;
    const keys = [...unique.keys()].sort();
    return branchAtom(kind, keys.map((k) => unique.get(k)!), keys.join(' , '));
  };
  const lift = (op: (a: Radical, b: Radical) => Radical) => (a: Radical, b: Radical) => {
    opts.tick?.();
    return op(a, b);
  };

  const F: Field<Radical> = {
    tier: 'symbolic',
    of: (x: Scalar) => poly(constant(Rational.of(x))),
    fromRational: (r) => poly(constant(r)),
    add: lift((a, b) => (a.den.equals(b.den) ? make(a.num.add(b.num), a.den) : make(a.num.mul(b.den).add(b.num.mul(a.den)), a.den.mul(b.den)))),
    sub: (a, b) => F.add(a, F.neg(b)),
    mul: lift((a, b) => make(a.num.mul(b.num), a.den.mul(b.den))),
    div: lift((a, b) => {
      if (reduce(b.num).terms.size === 0) throw new NotAlgebraic('a division by zero');
      return make(a.num.mul(b.den), a.den.mul(b.num));
    }),
    neg: (a) => ({ num: a.num.neg(), den: a.den }),
    pow(x, e) {
      const k = Rational.of(e);
      if (!k.isInteger()) return fractionalPower(x, k);
      if (k.sign() < 0) return F.div(ONE, F.pow(x, k.neg().toString()));
      let out = ONE;
      for (let i = 0n; i < k.num; i++) out = F.mul(out, x);
      return out;
    },
    sqrt: (x) => fractionalPower(x, Rational.of('1/2')),
    ln: (x) => transcendental('ln', x),
    exp: (x) => transcendental('exp', x),
    max: extremum('max'),
    min: extremum('min'),
    abs: (a) => extremum('max')(a, F.neg(a)),
    sum: (xs) => xs.reduce((s, x) => F.add(s, x), poly(constant(Rational.ZERO))),
    ifNonNegative: (test, a, b) => {
      const c = test.num.asConstant();
      const d = test.den.asConstant();
      if (c !== undefined && d !== undefined) return c.mul(d).sign() >= 0 ? a : b; // a constant test decides
      return keyOf(a) === keyOf(b) ? a : branchAtom('ite', [test, a, b], [test, a, b].map(keyOf).join(' ; '));
    },
  };
  return {
    F,
    variable: (name) => poly(Polynomial.variable(name)),
    atoms: () => [...atoms],
    isZero: (x) => reduce(x.num).terms.size === 0,
  };
}
