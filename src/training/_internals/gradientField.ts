import { InexactError, type Field, type Scalar } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { addBall, ballOf, divBall, type FixedBall, mulBall, negBall, ONE_BALL, signBall, sqrtBall, ZERO_BALL } from './fixedBall.ts';

/**
 * A value with its gradient over fixed-point balls: forward mode with an n-vector of partial derivatives,
 * sparse (null = a structural zero), and a value that may be left out: ln and exp are never evaluated in
 * this tier (v undefined), because the gradient of a score such as ln p_y needs only p_y, not ln p_y. Any
 * operation that would need a value left out (ln p squared, a branch on ln p) throws an InexactError, and
 * the caller leaves the tier; so whatever comes back is a certified enclosure of the true gradient.
 */
export interface Graded {
  readonly v?: FixedBall;
  readonly d: readonly (FixedBall | null)[];
}

type Gradient = readonly (FixedBall | null)[];

function need(x: FixedBall | undefined): FixedBall {
  if (!x) throw new InexactError('a transcendental value inside a gradient');
  return x;
}

function combine(a: Gradient, b: Gradient, f: (x: FixedBall | null, y: FixedBall | null) => FixedBall | null): Gradient {
  return a.map((x, i) => f(x, b[i]!));
}

const plus = (x: FixedBall | null, y: FixedBall | null) => (x === null ? y : y === null ? x : addBall(x, y));
const scale = (g: Gradient, k: FixedBall) => g.map((x) => (x === null ? null : mulBall(x, k)));
const isConstant = (g: Gradient) => g.every((x) => x === null);

/** The field of Graded values over n coordinates (the report's): formulas written against Field run unchanged. */
export function gradientField(n: number): Field<Graded> & { variable(x: FixedBall, i: number): Graded } {
  const none: Gradient = Array.from({ length: n }, () => null);
  const constant = (v: FixedBall | undefined): Graded => ({ ...(v ? { v } : {}), d: none });
  const mul = (a: Graded, b: Graded): Graded => {
    const v = a.v && b.v ? mulBall(a.v, b.v) : undefined;
    const left = isConstant(a.d) ? none : scale(a.d, need(b.v));
    const right = isConstant(b.d) ? none : scale(b.d, need(a.v));
    return { ...(v ? { v } : {}), d: combine(left, right, plus) };
  };
  const div = (a: Graded, b: Graded): Graded => {
    const bv = need(b.v);
    const v = a.v ? divBall(a.v, bv) : undefined;
    // d(a / b) = (da - (a / b) db) / b
    const numerator = isConstant(b.d) ? a.d : combine(a.d, scale(b.d, negBall(need(v))), plus);
    return { ...(v ? { v } : {}), d: numerator.map((x) => (x === null ? null : divBall(x, bv))) };
  };
  const add = (a: Graded, b: Graded): Graded => ({ ...(a.v && b.v ? { v: addBall(a.v, b.v) } : {}), d: combine(a.d, b.d, plus) });
  const neg = (a: Graded): Graded => ({ ...(a.v ? { v: negBall(a.v) } : {}), d: a.d.map((x) => (x === null ? null : negBall(x))) });
  const branch = (test: Graded, then: Graded, otherwise: Graded): Graded => {
    const s = signBall(need(test.v));
    if (s === undefined) throw new InexactError('a branch this tier cannot decide');
    return s >= 0 ? then : otherwise;
  };
  const F = {
    tier: 'interval' as const,
    variable: (x: FixedBall, i: number): Graded => ({ v: x, d: none.map((_, k) => (k === i ? ONE_BALL : null)) }),
    of: (x: Scalar) => constant(ballOf(Rational.of(x))),
    fromRational: (r: Rational) => constant(ballOf(r)),
    add,
    sub: (a: Graded, b: Graded) => add(a, neg(b)),
    mul,
    div,
    neg,
    pow(x: Graded, e: Scalar): Graded {
      const k = Rational.of(e);
      if (!k.isInteger()) throw new InexactError('a non-integer power in the fixed-point tier');
      const power = Number(k.num);
      if (power === 0) return constant(ONE_BALL);
      let result = x;
      for (let i = 1; i < Math.abs(power); i++) result = mul(result, x);
      return power < 0 ? div(constant(ONE_BALL), result) : result;
    },
    sqrt(x: Graded): Graded {
      const v = sqrtBall(need(x.v));
      return { v, d: isConstant(x.d) ? none : x.d.map((y) => (y === null ? null : divBall(y, addBall(v, v)))) };
    },
    // ln p: the derivative dp / p needs p only; the value is not computed in this tier.
    ln: (x: Graded): Graded => ({ d: isConstant(x.d) ? none : x.d.map((y) => (y === null ? null : divBall(y, need(x.v)))) }),
    exp: (x: Graded): Graded => {
      if (!isConstant(x.d)) throw new InexactError('exp inside a gradient');
      return { d: none };
    },
    max: (a: Graded, b: Graded) => branch(F.sub(a, b), a, b),
    min: (a: Graded, b: Graded) => branch(F.sub(b, a), a, b),
    abs: (a: Graded) => branch(a, a, neg(a)),
    sum: (xs: readonly Graded[]) => xs.reduce((s, x) => add(s, x), constant(ZERO_BALL)),
    ifNonNegative: branch,
  };
  return F;
}
