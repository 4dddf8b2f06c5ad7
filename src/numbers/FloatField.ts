import type { NumericField, Scalar } from './Field.ts';

/** Screening tier: IEEE doubles. Fast, and never allowed to decide a verdict on its own. */
export const FloatField: NumericField<number> = {
  tier: 'float',
  of: (x: Scalar) => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : parseFloatScalar(x)),
  fromRational: (r) => r.toNumber(),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  pow: (x, e) => x ** (typeof e === 'number' ? e : parseFloatScalar(String(e))),
  sqrt: Math.sqrt,
  ln: Math.log,
  exp: Math.exp,
  max: Math.max,
  min: Math.min,
  abs: Math.abs,
  sum(xs) {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  },
  ifNonNegative: (test, then, otherwise) => (test >= 0 ? then : otherwise),
  sign: (x) => (Number.isNaN(x) ? undefined : x > 0 ? 1 : x < 0 ? -1 : 0),
  approx: (x) => x,
  encode: (x) => x,
  isFinite: Number.isFinite,
  is: (x): x is number => typeof x === 'number',
};

function parseFloatScalar(s: string): number {
  const slash = s.indexOf('/');
  return slash < 0 ? Number(s) : Number(s.slice(0, slash)) / Number(s.slice(slash + 1));
}
