import type { Rational } from '../../numbers/Rational.ts';

/** One piece of a subset of [0, 1]: a point (lo = hi, both closed) or an interval with open/closed ends. */
export interface Span {
  readonly lo: Rational;
  readonly hi: Rational;
  readonly loClosed: boolean;
  readonly hiClosed: boolean;
}

export function pointSpan(x: Rational): Span {
  return { lo: x, hi: x, loClosed: true, hiClosed: true };
}

export function openSpan(lo: Rational, hi: Rational): Span {
  return { lo, hi, loClosed: false, hiClosed: false };
}

export function spanContains(s: Span, x: Rational): boolean {
  const aboveLo = s.loClosed ? x.ge(s.lo) : x.gt(s.lo);
  const belowHi = s.hiClosed ? x.le(s.hi) : x.lt(s.hi);
  return aboveLo && belowHi;
}

/**
 * The union of disjoint spans as a sorted list of maximal spans: touching pieces merge, so that the
 * fixed points of the identity map come out as one closed segment [0, 1] (docs/mathematics.md PP-01), and a
 * fixed point at a breakpoint is listed once.
 */
export function unionOfSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.lo.compare(b.lo) || (a.loClosed === b.loClosed ? 0 : a.loClosed ? -1 : 1));
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && touches(prev, s)) {
      const extends_ = s.hi.gt(prev.hi) || (s.hi.equals(prev.hi) && s.hiClosed && !prev.hiClosed);
      out[out.length - 1] = extends_ ? { ...prev, hi: s.hi, hiClosed: s.hiClosed } : prev;
    } else {
      out.push(s);
    }
  }
  return out;
}

function touches(a: Span, b: Span): boolean {
  if (b.lo.lt(a.hi)) return true;
  return b.lo.equals(a.hi) && (a.hiClosed || b.loClosed);
}
