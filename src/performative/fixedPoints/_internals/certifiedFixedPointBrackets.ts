import { Rational } from '../../../numbers/Rational.ts';
import { simplestBetween } from '../../../numbers/simplestBetween.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { evaluateBinary } from '../../map/evaluateMap.ts';
import { rangeOver, slopeRangeOver } from '../../map/binaryMapEnclosure.ts';
import { certifiedSign } from '../../../certify/certifiedSign.ts';

/** A bracket lo <= x <= hi and what is proved about the fixed points of f in it. */
export interface Bracket {
  readonly lo: Rational;
  readonly hi: Rational;
  /** exactly-one: sign change and f' < 1 (or f' > 1) on the bracket; at-least-one: sign change only. */
  readonly contains: 'exactly-one' | 'at-least-one' | 'unknown';
}

export interface BracketOptions {
  /** Stop subdividing below this width (a power of two keeps the endpoints' denominators small). */
  readonly width: Rational;
  readonly cap: number;
}

/**
 * Certified isolating brackets for the fixed points of a binary map with irrational values
 * (logistic, mixtures with it), by interval bisection of g(x) = f(x) - x on [0, 1]:
 * - a box where the enclosure of f misses [a, b] holds no fixed point and is dropped;
 * - where g is strictly monotone (slope bound of f below 1 or above 1) the signs of g at the ends
 *   decide: no zero, or exactly one (then it is narrowed to `width` by bisection);
 * - below `width`, a box is kept: 'at-least-one' if g changes sign (f continuous: IVT, PP-01), else 'unknown'.
 * The union of the returned brackets contains every fixed point.
 */
export function certifiedFixedPointBrackets(spec: MapSpec, opts: BracketOptions): Bracket[] {
  const g = (x: Rational) => certifiedSign((F) => F.sub(evaluateBinary(F, spec, F.fromRational(x)), F.fromRational(x)), { precisionCap: opts.cap });
  const out: Bracket[] = [];
  const stack: [Rational, Rational][] = [[Rational.ZERO, Rational.ONE]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [flo, fhi] = rangeOver(spec, a, b);
    if (flo.gt(b) || fhi.lt(a)) continue;
    const slope = slopeRangeOver(spec, a, b);
    const monotone = slope !== undefined && (slope[1].lt(Rational.ONE) || slope[0].gt(Rational.ONE));
    const [sa, sb] = [g(a), g(b)];
    if (monotone && sa !== undefined && sb !== undefined) {
      if (sa === 0 || sb === 0) out.push(...exactEnds(a, b, sa, sb));
      else if (sa !== sb) out.push(narrow(g, a, b, sa, opts.width));
      continue;
    }
    if (b.sub(a).le(opts.width)) {
      const change = sa !== undefined && sb !== undefined && sa * sb < 0 && slope !== undefined;
      out.push({ lo: a, hi: b, contains: change ? 'at-least-one' : 'unknown' });
      continue;
    }
    const mid = a.add(b).div(Rational.of(2));
    stack.push([mid, b], [a, mid]);
  }
  return mergeTouching(out.sort((x, y) => x.lo.compare(y.lo)));
}

/** g is monotone on [a, b] and vanishes at an end: that end is the only fixed point there. */
function exactEnds(a: Rational, b: Rational, sa: number, sb: number): Bracket[] {
  return [...(sa === 0 ? [a] : []), ...(sb === 0 && !a.equals(b) ? [b] : [])].map((x) => ({ lo: x, hi: x, contains: 'exactly-one' as const }));
}

/**
 * Bisection keeping the certified sign change; an exact zero at a midpoint ends it. At the end the
 * simplest rational of the bracket is tested exactly: the one fixed point there is often a small fraction
 * (2/5 for f(x) = 1/5 + x/2, which bisection's dyadic midpoints never hit), and then it is reported exactly.
 */
function narrow(g: (x: Rational) => -1 | 0 | 1 | undefined, a: Rational, b: Rational, sa: number, width: Rational): Bracket {
  while (b.sub(a).gt(width)) {
    const mid = a.add(b).div(Rational.of(2));
    const sm = g(mid);
    if (sm === undefined) break;
    if (sm === 0) return { lo: mid, hi: mid, contains: 'exactly-one' };
    if (sm === sa) a = mid;
    else b = mid;
  }
  const simplest = simplestBetween(a, b);
  if (g(simplest) === 0) return { lo: simplest, hi: simplest, contains: 'exactly-one' };
  return { lo: a, hi: b, contains: 'exactly-one' };
}

/** Adjacent unresolved boxes of width `width` merge into one bracket (a root on their common end). */
function mergeTouching(brackets: readonly Bracket[]): Bracket[] {
  const out: Bracket[] = [];
  for (const br of brackets) {
    const prev = out[out.length - 1];
    if (prev && prev.hi.ge(br.lo) && prev.contains !== 'exactly-one' && br.contains !== 'exactly-one') {
      const some = prev.contains === 'at-least-one' || br.contains === 'at-least-one';
      out[out.length - 1] = { lo: prev.lo, hi: Rational.max(prev.hi, br.hi), contains: some ? 'at-least-one' : 'unknown' };
    } else if (!prev || !(prev.lo.equals(br.lo) && prev.hi.equals(br.hi))) {
      out.push(br);
    }
  }
  return out;
}
