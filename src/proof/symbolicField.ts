import type { Arith, Context } from 'z3-solver';
import type { Field, Scalar } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { finiteValues } from './finiteValues.ts';
import type { SideConditions } from './SideConditions.ts';

export type Term = Arith<'main'>;

/**
 * The proof tier: a Field whose values are z3 real-arithmetic terms, so that the same `score(F, p, y)`
 * builds the formula a solver decides (Tarski: the first-order theory of the reals is decidable; z3
 * decides its quantifier-free part with nlsat, Jovanovic & de Moura 2012).
 *
 * Decisions:
 * - constants are exact rationals (a number is read by its shortest decimal form, as in every tier);
 * - integer powers by repeated multiplication; negative ones through division;
 * - x^(a/b) for non-integer a/b and sqrt x: an auxiliary t with (x >= 0 => t >= 0 and t^b = x^|a|),
 *   the obligation x >= 0 (the only real reading), and for a < 0 a division by t;
 * - max, min, abs and ifNonNegative are if-then-else terms;
 * - division records the obligation "denominator != 0";
 * - a value known to take finitely many constants (a branch between constants, a count of ties) is
 *   multiplied and divided by cases (finiteValues), which keeps z3 in linear arithmetic;
 * - ln and exp are uninterpreted functions (ln with the obligation x > 0), recorded in the side
 *   conditions: real closed fields have no ln, but a query that is unsat for EVERY function in their
 *   place is unsat for ln and exp too (an identity S(p, y) = S(p', y) of the logarithmic rule needs
 *   only that ln is a function), and a model is never trusted, only re-certified by the engine.
 */
export function symbolicField(ctx: Context<'main'>, side: SideConditions): Field<Term> {
  const num = (r: Rational): Term => ctx.Real.val(r.toString());
  const ZERO = num(Rational.ZERO);
  const ONE = num(Rational.ONE);
  const finite = finiteValues(ctx, num);
  const ln = ctx.Function.declare('ln', ctx.Real.sort(), ctx.Real.sort());
  const exp = ctx.Function.declare('exp', ctx.Real.sort(), ctx.Real.sort());
  const logArguments = new Set<string>();

  const intPow = (x: Term, k: bigint): Term => {
    if (k === 0n) return ONE;
    const half = intPow(x, k / 2n);
    const sq = finite.mul(half, half);
    return k % 2n === 0n ? sq : finite.mul(sq, x);
  };
  // a/b as a * (1/b) with one auxiliary inverse per denominator: z3 would purify every quotient
  // p_i / s into its own variable, n of them for one norm. The definition is guarded (b != 0 => d*b = 1)
  // and the obligation b != 0 is proved separately, so x/0 can never be relied on.
  const inverses = new Map<string, Term>();
  const auxiliaryInverse = (b: Term): Term => {
    const d = ctx.Real.fresh('inv');
    side.define(d.sexpr(), ctx.Implies(b.neq(ZERO), d.mul(b).eq(ONE)));
    return d;
  };
  const div = (a: Term, b: Term): Term => {
    if (ctx.isRealVal(b) && BigInt(b.value().numerator) !== 0n) return a.div(b); // exact constant
    const key = b.sexpr();
    let d = inverses.get(key);
    if (!d) {
      side.oblige(`division by ${key}`, b.neq(ZERO));
      d = finite.inverse(b) ?? auxiliaryInverse(b);
      inverses.set(key, d);
    }
    return finite.mul(a, d);
  };
  // Memoised by the argument's term: a rule evaluated per outcome calls sqrt(sum p_j^2) n times; one
  // auxiliary variable instead of n keeps nlsat's variable count (its cost driver) down.
  const roots = new Map<string, Term>();
  /** The non-negative real t with t^den = x^num (num > 0), for x >= 0. */
  const root = (x: Term, numer: bigint, den: bigint, label: string): Term => {
    const key = `${numer}/${den} ${x.sexpr()}`;
    const known = roots.get(key);
    if (known) return known;
    side.oblige(`${label} of ${x.sexpr()} needs a non-negative argument`, x.ge(ZERO));
    const t = ctx.Real.fresh(label);
    side.define(t.sexpr(), ctx.Implies(x.ge(ZERO), ctx.And(t.ge(ZERO), intPow(t, den).eq(intPow(x, numer)))));
    roots.set(key, t);
    return t;
  };

  const F: Field<Term> = {
    tier: 'symbolic',
    of: (x: Scalar) => num(Rational.of(x)),
    fromRational: num,
    add: (a, b) => finite.add(a, b),
    sub: (a, b) => finite.sub(a, b),
    mul: (a, b) => finite.mul(a, b),
    div,
    neg: (a) => finite.neg(a),
    pow(x, e) {
      const k = Rational.of(e);
      if (k.isInteger()) return k.sign() >= 0 ? intPow(x, k.num) : div(ONE, intPow(x, -k.num));
      const t = root(x, k.num < 0n ? -k.num : k.num, k.den, 'pow');
      return k.sign() > 0 ? t : div(ONE, t);
    },
    sqrt: (x) => root(x, 1n, 2n, 'sqrt'),
    ln(x) {
      side.useTranscendental('ln');
      const key = x.sexpr();
      if (!logArguments.has(key)) side.oblige(`ln of ${key} needs a positive argument`, x.gt(ZERO));
      logArguments.add(key);
      return ln.call(x) as Term;
    },
    exp(x) {
      side.useTranscendental('exp');
      return exp.call(x) as Term;
    },
    max: (a, b) => finite.ite(a.ge(b), a, b),
    min: (a, b) => finite.ite(a.le(b), a, b),
    abs: (a) => finite.ite(a.ge(ZERO), a, finite.neg(a)),
    sum: (xs) => (xs.length === 0 ? ZERO : xs.reduce((s, x) => finite.add(s, x))),
    ifNonNegative: (test, then, otherwise) => finite.ite(test.ge(ZERO), then, otherwise),
  };
  return F;
}
