import { match } from 'ts-pattern';
import { Rational } from '../../numbers/Rational.ts';
import type { Span } from './IntervalSet.ts';

/**
 * A connected piece of a set of reports (fixed points, optimal or stable reports), exact or certified:
 * - point / segment / polytope (vertex list): exact rational descriptions; a segment may have open ends
 *   when a discontinuous map makes a half-open interval of reports qualify;
 * - enclosure: a certified box; `contains` says what is proved about it (exactly one member, at least
 *   one, or only that no member lies outside the listed boxes).
 */
export type ReportSet =
  | { readonly kind: 'point'; readonly point: readonly Rational[] }
  | {
      readonly kind: 'segment';
      readonly ends: readonly [readonly Rational[], readonly Rational[]];
      readonly closed: readonly [boolean, boolean];
    }
  | { readonly kind: 'polytope'; readonly vertices: readonly (readonly Rational[])[] }
  | {
      readonly kind: 'enclosure';
      readonly box: readonly (readonly [Rational, Rational])[];
      readonly contains: 'exactly-one' | 'at-least-one' | 'unknown';
    };

/** (x, 1 - x): the binary report with P(first outcome) = x (docs/mathematics.md §1.2). */
export function binaryPoint(x: Rational): Rational[] {
  return [x, Rational.ONE.sub(x)];
}

/** Binary spans of x as report sets. */
export function setsFromSpans(spans: readonly Span[]): ReportSet[] {
  return spans.map((s) =>
    s.lo.equals(s.hi)
      ? { kind: 'point', point: binaryPoint(s.lo) }
      : { kind: 'segment', ends: [binaryPoint(s.lo), binaryPoint(s.hi)], closed: [s.loClosed, s.hiClosed] },
  );
}

/** A polytope given by its vertices, named by its dimension when it is a point or a segment. */
export function setFromVertices(vertices: readonly (readonly Rational[])[]): ReportSet {
  if (vertices.length === 1) return { kind: 'point', point: vertices[0]! };
  if (vertices.length === 2) return { kind: 'segment', ends: [vertices[0]!, vertices[1]!], closed: [true, true] };
  return { kind: 'polytope', vertices };
}

/** A binary enclosure lo <= x <= hi as a box over both coordinates. */
export function binaryEnclosure(lo: Rational, hi: Rational, contains: 'exactly-one' | 'at-least-one' | 'unknown'): ReportSet {
  return { kind: 'enclosure', box: [[lo, hi], [Rational.ONE.sub(hi), Rational.ONE.sub(lo)]], contains };
}

/** A report set in `propercheck analyze --json`: told apart by its key (point, segment, polytope, enclosure). */
export type ReportSetJson =
  | { readonly point: readonly string[]; readonly exact: true }
  | { readonly segment: readonly [readonly string[], readonly string[]]; readonly closed: readonly [boolean, boolean]; readonly exact: true }
  | { readonly polytope: readonly (readonly string[])[]; readonly exact: true }
  | { readonly enclosure: readonly (readonly [string, string])[]; readonly contains: 'exactly-one' | 'at-least-one' | 'unknown'; readonly exact: false };

/** The JSON shape of `propercheck analyze --json`. */
export function reportSetToJson(set: ReportSet): ReportSetJson {
  const vec = (v: readonly Rational[]) => v.map(String);
  return match<ReportSet, ReportSetJson>(set)
    .with({ kind: 'point' }, (s) => ({ point: vec(s.point), exact: true }))
    .with({ kind: 'segment' }, (s) => ({ segment: [vec(s.ends[0]), vec(s.ends[1])], closed: [...s.closed], exact: true }))
    .with({ kind: 'polytope' }, (s) => ({ polytope: s.vertices.map(vec), exact: true }))
    .with({ kind: 'enclosure' }, (s) => ({ enclosure: s.box.map(([lo, hi]) => [String(lo), String(hi)]), contains: s.contains, exact: false }))
    .exhaustive();
}
