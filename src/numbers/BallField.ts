import { Ball } from './Ball.ts';
import type { NumericField, Scalar } from './Field.ts';
import { Rational } from './Rational.ts';

/** Unit roundoff of IEEE doubles (round to nearest). */
const U = 2 ** -53;
/** Smallest positive subnormal: absolute slack for results near zero. */
const TINY = 2 ** -1074;

const exact = (x: number) => Ball.of(x, 0);
/** A computed double: its own rounding error (<= u|x|, or one ulp for libm's ln/exp). */
const rounded = (x: number, rad: number, ulps = 1) => Ball.of(x, rad + ulps * U * Math.abs(x) + TINY);

function add(a: Ball, b: Ball): Ball {
  return rounded(a.mid + b.mid, a.rad + b.rad);
}
function mul(a: Ball, b: Ball): Ball {
  return rounded(a.mid * b.mid, Math.abs(a.mid) * b.rad + Math.abs(b.mid) * a.rad + a.rad * b.rad);
}
function div(a: Ball, b: Ball): Ball {
  const low = Math.abs(b.mid) - b.rad; // |b| is at least this
  if (!(low > 0)) return Ball.of(a.mid / b.mid, Infinity);
  const q = a.mid / b.mid;
  return rounded(q, (a.rad + Math.abs(q) * b.rad) / low);
}
function ln(a: Ball): Ball {
  const low = a.mid - a.rad;
  if (!(low > 0)) return Ball.of(Math.log(a.mid), Infinity);
  return rounded(Math.log(a.mid), a.rad / low, 2);
}
function exp(a: Ball): Ball {
  const value = Math.exp(a.mid);
  return rounded(value, value * Math.expm1(a.rad) * (1 + 4 * U), 2);
}
function sqrt(a: Ball): Ball {
  const low = a.mid - a.rad;
  const root = Math.sqrt(Math.max(a.mid, 0));
  // |sqrt x - sqrt y| <= |x - y| / sqrt(min) and <= sqrt|x - y|.
  const rad = low > 0 ? Math.min(a.rad / Math.sqrt(low), Math.sqrt(a.rad)) : Math.sqrt(a.rad) + Math.sqrt(Math.max(-low, 0));
  return rounded(root, a.mid < -a.rad ? Infinity : rad);
}
function pow(x: Ball, e: Scalar): Ball {
  const k = Rational.of(e);
  if (k.isInteger() && k.num >= -64n && k.num <= 64n) return integerPower(x, Number(k.num));
  if (x.mid - x.rad > 0) return exp(mul(rounded(k.toNumber(), 0), ln(x)));
  // Near or at zero with a positive exponent: the value lies in [0, (mid + rad)^k].
  const top = Math.pow(Math.max(x.mid + x.rad, 0), k.toNumber()) * (1 + 8 * U);
  return k.sign() > 0 && x.mid + x.rad >= 0 ? Ball.of(top / 2, top / 2 + TINY) : Ball.of(NaN, Infinity);
}
function integerPower(x: Ball, k: number): Ball {
  let result = exact(1);
  for (let i = 0; i < Math.abs(k); i++) result = mul(result, x);
  return k < 0 ? div(exact(1), result) : result;
}
function hull(a: Ball, b: Ball): Ball {
  const lo = Math.min(a.mid - a.rad, b.mid - b.rad);
  const hi = Math.max(a.mid + a.rad, b.mid + b.rad);
  return rounded((lo + hi) / 2, (hi - lo) / 2);
}

/**
 * The screening tier: doubles with a running error bound (classic forward error analysis: IEEE
 * round-to-nearest for + - * / sqrt, one ulp for V8's fdlibm-derived ln and exp). Screening accepts a
 * case only when the margin's ball excludes zero, so near-ties are re-decided exactly however small
 * the gap; the bound adapts to the formula instead of relying on a fixed tolerance.
 */
export const BallField: NumericField<Ball> = {
  tier: 'float',
  of: (x: Scalar) => fromScalar(x),
  fromRational,
  add,
  sub: (a, b) => add(a, Ball.of(-b.mid, b.rad)),
  mul,
  div,
  neg: (a) => Ball.of(-a.mid, a.rad),
  pow,
  sqrt,
  ln,
  exp,
  // max and min move by at most the larger radius, and are exact on doubles.
  max: (a, b) => Ball.of(Math.max(a.mid, b.mid), Math.max(a.rad, b.rad)),
  min: (a, b) => Ball.of(Math.min(a.mid, b.mid), Math.max(a.rad, b.rad)),
  abs: (a) => Ball.of(Math.abs(a.mid), a.rad),
  sum: (xs) => xs.reduce(add, exact(0)),
  ifNonNegative(test, then, otherwise) {
    if (test.mid - test.rad >= 0) return then;
    if (test.mid + test.rad < 0) return otherwise;
    return hull(then, otherwise); // the branch is uncertain: the value is in one of the two
  },
  sign: (x) => (x.mid === 0 && x.rad === 0 ? 0 : x.sign()),
  approx: (x) => x.mid,
  encode: (x) => x.mid,
  isFinite: (x) => Number.isFinite(x.mid) && Number.isFinite(x.rad),
  is: (x): x is Ball => x instanceof Ball,
};

/** A rational as a double: exact for small integers, else within the (at most two) roundings of toNumber. */
function fromRational(r: Rational): Ball {
  const x = r.toNumber();
  return r.den === 1n && Math.abs(x) <= 2 ** 53 ? exact(x) : rounded(x, 0, 2);
}

/** Numbers mean their shortest decimal (0.1 is 1/10, not the double nearest it), as in every tier. */
function fromScalar(x: Scalar): Ball {
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return Ball.of(NaN, Infinity);
    return Number.isInteger(x) && Math.abs(x) <= 2 ** 53 ? exact(x) : rounded(x, 0);
  }
  return fromRational(Rational.of(x));
}
