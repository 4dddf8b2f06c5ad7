import type { Arith, Bool, Context } from 'z3-solver';
import { Rational } from '../numbers/Rational.ts';

type Term = Arith<'main'>;

/** More distinct values than this and a term is treated as an arbitrary real (cases would explode). */
const MAX_VALUES = 32;

/** Term arithmetic that knows which terms take only finitely many constant values. */
export interface FiniteValueArithmetic {
  add(a: Term, b: Term): Term;
  sub(a: Term, b: Term): Term;
  neg(a: Term): Term;
  mul(a: Term, b: Term): Term;
  ite(test: Bool<'main'>, a: Term, b: Term): Term;
  /** 1/b by cases when b takes finitely many values (0 where b = 0, which the caller's obligation excludes). */
  inverse(b: Term): Term | undefined;
}

function distinct(values: readonly Rational[]): readonly Rational[] | undefined {
  const out: Rational[] = [];
  for (const v of values) if (!out.some((w) => w.equals(v))) out.push(v);
  return out.length <= MAX_VALUES ? out : undefined;
}

/**
 * Why: a rule that branches between constants (zero-one: 1/|argmax| or 0) makes expected scores
 * sum_i q_i * S(p, i), products of a variable with an if-then-else that z3 treats as nonlinear (an
 * auxiliary inverse of the tie count, a product with a purified if-then-else), and nlsat gave up at
 * n = 6. A value set that is finite and known turns the product into cases, q_i * S = (S = 1 ? q_i :
 * S = 1/2 ? q_i / 2 : ...), each linear, so z3 stays in linear arithmetic with case splits.
 *
 * The sets are an over-approximation (every value the term can take is in its set), kept per term
 * object: constants, sums, differences, products and branches of terms with known sets.
 */
export function finiteValues(ctx: Context<'main'>, num: (r: Rational) => Term): FiniteValueArithmetic {
  const sets = new WeakMap<Term, readonly Rational[]>();
  const valuesOf = (t: Term): readonly Rational[] | undefined => {
    const known = sets.get(t);
    if (known) return known;
    if (!ctx.isRealVal(t)) return undefined;
    const { numerator, denominator } = t.value();
    return [Rational.fraction(BigInt(numerator), BigInt(denominator))];
  };
  const tag = (t: Term, values: readonly Rational[] | undefined): Term => {
    if (values) sets.set(t, values);
    return t;
  };
  const combine = (a: Term, b: Term, op: (x: Rational, y: Rational) => Rational): readonly Rational[] | undefined => {
    const [va, vb] = [valuesOf(a), valuesOf(b)];
    return va && vb && va.length * vb.length <= MAX_VALUES * MAX_VALUES ? distinct(va.flatMap((x) => vb.map((y) => op(x, y)))) : undefined;
  };
  /** v * t by cases on the value of v (a known finite set of at least two values). */
  const byCases = (v: Term, values: readonly Rational[], t: Term): Term =>
    values.slice(0, -1).reduceRight<Term>((rest, c) => ctx.If(v.eq(num(c)), t.mul(num(c)), rest) as Term, t.mul(num(values[values.length - 1]!)));

  return {
    add: (a, b) => tag(a.add(b), combine(a, b, (x, y) => x.add(y))),
    sub: (a, b) => tag(a.sub(b), combine(a, b, (x, y) => x.sub(y))),
    neg: (a) => tag(a.neg(), valuesOf(a)?.map((x) => x.neg())),
    mul(a, b) {
      const [va, vb] = [valuesOf(a), valuesOf(b)];
      const values = combine(a, b, (x, y) => x.mul(y));
      if (va && va.length > 1) return tag(byCases(a, va, b), values);
      if (vb && vb.length > 1) return tag(byCases(b, vb, a), values);
      return tag(a.mul(b), values);
    },
    ite(test, a, b) {
      const [va, vb] = [valuesOf(a), valuesOf(b)];
      return tag(ctx.If(test, a, b) as Term, va && vb ? distinct([...va, ...vb]) : undefined);
    },
    inverse(b) {
      const vb = valuesOf(b);
      if (!vb || vb.length < 2) return undefined;
      const nonzero = vb.filter((v) => !v.isZero());
      const inv = nonzero.reduceRight<Term>((rest, c) => ctx.If(b.eq(num(c)), num(c.inv()), rest) as Term, num(Rational.ZERO));
      return tag(inv, distinct([Rational.ZERO, ...nonzero.map((v) => v.inv())]));
    },
  };
}
