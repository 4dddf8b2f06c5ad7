import type { Field, Scalar } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from './ScoringRule.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { NotPolynomial, polynomialField } from '../numbers/polynomialField.ts';

/** Beyond these sizes the evaluation stops and nothing is proved (a large rule must not hang `analyze`). */
const MAX_DEGREE = 6;
const MAX_TERMS = 10_000;

/**
 * A proof, for this rule object on n outcomes, of the quadratic trait (RuleTraits): S(p, y) = Q(p) +
 * a_y(p) on the simplex with Q quadratic and a_y affine. The score is evaluated exactly in the
 * polynomial ring at p = (x_1, ..., x_{n-1}, 1 - sum x_i), the simplex's affine hull, for every y; it
 * holds iff every S(., y) has degree <= 2 and every S(., y) - S(., 0) degree <= 1.
 *
 * Fails closed: a branch (ifNonNegative, max, min, abs), sqrt, ln, exp, a non-integer power or a
 * division by a non-constant leaves the ring (NotPolynomial), and so does any attempt to look at a
 * value other than through F (String(x), x < y, x.num, JSON): the values handed to the score are
 * opaque. Any error at all means "not proved". What it relies on is the rule file contract (README):
 * the score computes with F only, the same function in every tier (it does not branch on F.tier or on
 * the identity of the value objects) - the assumption under which `prove` calls a law proved.
 */
export function provesQuadraticOnSimplex(rule: ScoringRule, n: number): boolean {
  try {
    const { F, wrap, reveal } = opaquePolynomialField();
    const xs = Array.from({ length: n - 1 }, (_, i) => Polynomial.variable(`x${i}`));
    const last = xs.reduce((rest, x) => rest.sub(x), Polynomial.constant(Rational.ONE));
    const scores = Array.from({ length: n }, (_, y) => reveal(rule.score(F, [...xs, last].map(wrap), y)));
    return scores.every((s) => degree(s) <= 2 && degree(s.sub(scores[0]!)) <= 1);
  } catch {
    return false;
  }
}

function degree(p: Polynomial): number {
  return p.monomials().reduce((d, [m]) => Math.max(d, [...m.values()].reduce((s, e) => s + e, 0)), 0);
}

/** An object that refuses every inspection: all a score can do with it is hand it back to F. */
type Opaque = object;

/** The field the score sees, and (kept from the score) the maps between opaque values and polynomials. */
interface OpaquePolynomialField {
  readonly F: Field<Opaque>;
  wrap(p: Polynomial): Opaque;
  reveal(x: Opaque): Polynomial;
}

/** polynomialField behind opaque values, with size limits; a fresh one per proof (its values stay local). */
function opaquePolynomialField(): OpaquePolynomialField {
  const values = new WeakMap<Opaque, Polynomial>();
  const wrap = (p: Polynomial): Opaque => {
    if (p.terms.size > MAX_TERMS || degree(p) > MAX_DEGREE) throw new NotPolynomial('a polynomial this large');
    const o = new Proxy(Object.create(null) as object, REFUSE_INSPECTION);
    values.set(o, p);
    return o;
  };
  const reveal = (x: Opaque): Polynomial => {
    const p = values.get(x);
    if (!p) throw new NotPolynomial('a value not made by this F');
    return p;
  };
  const P = polynomialField;
  const lift1 = (op: (a: Polynomial) => Polynomial) => (a: Opaque) => wrap(op(reveal(a)));
  const lift2 = (op: (a: Polynomial, b: Polynomial) => Polynomial) => (a: Opaque, b: Opaque) => wrap(op(reveal(a), reveal(b)));
  const F: Field<Opaque> = {
    tier: 'symbolic',
    of: (x: Scalar) => wrap(P.of(x)),
    fromRational: (r) => wrap(P.fromRational(r)),
    add: lift2(P.add),
    sub: lift2(P.sub),
    mul: lift2((a, b) => {
      if (degree(a) + degree(b) > MAX_DEGREE || a.terms.size * b.terms.size > MAX_TERMS * 10) throw new NotPolynomial('a product this large');
      return P.mul(a, b);
    }),
    div: lift2(P.div),
    neg: lift1(P.neg),
    pow: (x, e) => {
      const k = Rational.of(e);
      if (k.isInteger() && k.gt(Rational.of(MAX_DEGREE)) && reveal(x).asConstant() === undefined) throw new NotPolynomial(`power ${k}`);
      if (k.abs().gt(Rational.of(64))) throw new NotPolynomial(`power ${k}`);
      return wrap(P.pow(reveal(x), e));
    },
    sqrt: lift1(P.sqrt),
    ln: lift1(P.ln),
    exp: lift1(P.exp),
    max: lift2(P.max),
    min: lift2(P.min),
    abs: lift1(P.abs),
    sum: (xs) => wrap(P.sum(xs.map(reveal))),
    ifNonNegative: (t, a, b) => wrap(P.ifNonNegative(reveal(t), reveal(a), reveal(b))),
  };
  return { F, wrap, reveal };
}

function refuse(): never {
  throw new NotPolynomial('looking at a value other than through F (it is opaque here)');
}

/**
 * Every trap refuses, except the prototype (null): `instanceof` checks by the rule-file guard must
 * answer "no" rather than throw, and a null prototype has no toString, valueOf or toJSON to call.
 */
const REFUSE_INSPECTION: ProxyHandler<object> = {
  get: refuse,
  set: refuse,
  has: refuse,
  ownKeys: refuse,
  getOwnPropertyDescriptor: refuse,
  defineProperty: refuse,
  deleteProperty: refuse,
  setPrototypeOf: refuse,
  getPrototypeOf: () => null,
};
