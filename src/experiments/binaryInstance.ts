import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { fixedPoints } from '../performative/fixedPoints/fixedPoints.ts';
import { rangeOver } from '../performative/map/binaryMapEnclosure.ts';
import { binaryPieces, lipschitzOfPieces } from '../performative/map/binaryPieces.ts';
import type { BinaryPiecewiseLinearSpec } from '../performative/map/MapSpec.ts';
import { binaryReport, objectiveAt } from '../performative/map/performativeObjective.ts';
import { type ReportSet, reportSetToJson } from '../performative/map/ReportSet.ts';
import { optimalReports } from '../performative/optimum/optimalReports.ts';
import { isQuadraticAt } from '../scoring/isQuadraticAt.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { boundedNumber, exactNumber } from './numberValue.ts';
import type { QuantityName } from './quantities.ts';
import type { QuantityValue } from './QuantityValue.ts';

type Span = readonly [Rational, Rational];
const HALF = Rational.of('1/2');

/**
 * Every quantity of one binary piecewise-linear instance under a rule, in x = p_0 (distances are |Delta x|,
 * docs/mathematics.md §1.2): fixed points exactly (fixedPoints), optimal reports by optimalReports
 * (exact pieces for the quadratic trait; certified signs or branch and bound otherwise), and bounds that
 * cover every optimal report where there is more than one or only an enclosure.
 */
export function binaryInstance(rule: ScoringRule, spec: BinaryPiecewiseLinearSpec, quantities: readonly QuantityName[], strictlyProper: boolean): { details: { [key: string]: Json }; values: { [q: string]: QuantityValue } } {
  const fixed = fixedPoints(spec).sets.map(xSpan);
  const optimum = optimalReports(rule, spec, strictlyProper ? { strictlyProper } : {});
  const optimal = optimum.sets.map(xSpan);
  const exact = optimum.method === 'exact-pieces' || optimum.method === 'exact-kkt';
  const pieces = binaryPieces(spec)!;
  const overOptimum = (f: (s: Span) => Span) => {
    const spans = optimal.map(f);
    return boundedNumber(spans.map((s) => s[0]).reduce((m, x) => Rational.min(m, x)), spans.map((s) => s[1]).reduce((m, x) => Rational.max(m, x)));
  };
  const value = (q: QuantityName): QuantityValue =>
    match<string, QuantityValue>(q)
      .with('distanceToFixedPoint', () => overOptimum((s) => distanceToSpans(s, fixed)))
      .with('inaccuracy', () => overOptimum((s) => inaccuracyOver(spec, s)))
      .with('fixedPointToUniform', () => boundedNumber(...distanceToSpans([HALF, HALF], fixed)))
      .with('optimumToUniform', () => overOptimum((s) => distanceToSpans(s, [[HALF, HALF]])))
      .with('lipschitz', () => exactNumber(lipschitzOfPieces(pieces)!))
      .with('optimumValue', () => ('value' in optimum ? exactNumber(optimum.value) : boundedNumber(optimum.lower, optimum.upper)))
      .with('optimumLocation', () => location(optimal, exact))
      .with('concave', () => concavity(rule, spec, pieces))
      .with('fixedPointCount', () => ({ kind: 'category', value: fixed.some(([a, b]) => !a.equals(b)) ? 'continuum' : String(fixed.length) }))
      .otherwise(() => ({ kind: 'unavailable', reason: `${q} is not a quantity of binary piecewise-linear instances` }));
  return {
    details: {
      fixedPoints: fixedPoints(spec).sets.map(reportSetToJson),
      optimum: { method: optimum.method, sets: optimum.sets.map(reportSetToJson), ...('value' in optimum ? { value: String(optimum.value), attained: optimum.attained } : { lower: String(optimum.lower), upper: String(optimum.upper) }) },
    },
    values: Object.fromEntries(quantities.map((q) => [q, value(q)])),
  };
}

/** The x-range a report set covers (a point, a segment, or an enclosure). */
function xSpan(set: ReportSet): Span {
  return match<ReportSet, Span>(set)
    .with({ kind: 'point' }, (s) => [s.point[0]!, s.point[0]!])
    .with({ kind: 'segment' }, (s) => [Rational.min(s.ends[0][0]!, s.ends[1][0]!), Rational.max(s.ends[0][0]!, s.ends[1][0]!)])
    .with({ kind: 'enclosure' }, (s) => [s.box[0]![0], s.box[0]![1]])
    .with({ kind: 'polytope' }, (s) => [s.vertices.map((v) => v[0]!).reduce((m, x) => Rational.min(m, x)), s.vertices.map((v) => v[0]!).reduce((m, x) => Rational.max(m, x))])
    .exhaustive();
}

/**
 * Bounds on min_k dist(x, F_k) over x in [a, b] (F_k closed intervals): below, the smallest gap between
 * [a, b] and any F_k; above, min_k of the larger of dist(a, F_k), dist(b, F_k) (distance to an interval is convex).
 */
function distanceToSpans([a, b]: Span, spans: readonly Span[]): Span {
  const gap = (lo: Rational, hi: Rational, [c, d]: Span) => Rational.max(Rational.ZERO, Rational.max(c.sub(hi), lo.sub(d)));
  const lower = spans.map((s) => gap(a, b, s)).reduce((m, x) => Rational.min(m, x));
  const upper = spans.map((s) => Rational.max(gap(a, a, s), gap(b, b, s))).reduce((m, x) => Rational.min(m, x));
  return [lower, upper];
}

/** Bounds on |f(x) - x| over [a, b] from the exact range of f there (binaryMapEnclosure.rangeOver). */
function inaccuracyOver(spec: BinaryPiecewiseLinearSpec, [a, b]: Span): Span {
  const [flo, fhi] = rangeOver(spec, a, b);
  if (a.equals(b)) return [flo.sub(a).abs(), flo.sub(a).abs()];
  return [Rational.max(Rational.ZERO, Rational.max(flo.sub(b), a.sub(fhi))), Rational.max(fhi.sub(a).abs(), b.sub(flo).abs())];
}

function location(optimal: readonly Span[], exact: boolean): QuantityValue {
  const atVertex = (s: Span) => s[0].equals(s[1]) && (s[0].isZero() || s[0].equals(Rational.ONE));
  const inside = (s: Span) => s[0].sign() > 0 && s[1].lt(Rational.ONE);
  if (exact && (optimal.length > 1 || !optimal[0]![0].equals(optimal[0]![1]))) return { kind: 'category', value: 'several' };
  if (optimal.every(atVertex) && (exact || optimal.length === 1)) return { kind: 'category', value: 'vertex' };
  if (optimal.every(inside)) return { kind: 'category', value: 'interior' };
  return { kind: 'undecided', reason: 'the certified enclosure of the optimum reaches an end of [0, 1]' };
}

/**
 * For a rule with the quadratic trait Phi is a quadratic polynomial on each piece of the (continuous)
 * map, so Phi is concave on [0, 1] iff every piece has Phi'' <= 0 and Phi' does not increase across a
 * breakpoint; both read off three exact values per piece (second difference, one-sided slopes).
 */
function concavity(rule: ScoringRule, spec: BinaryPiecewiseLinearSpec, pieces: ReturnType<typeof binaryPieces>): QuantityValue {
  if (!isQuadraticAt(rule, 2)) return { kind: 'unavailable', reason: `concavity of Phi is decided for rules with the quadratic trait only (${rule.id} has not got it)` };
  const phi = (x: Rational) => objectiveAt(RationalField, rule, spec, binaryReport(x));
  const slopes = (pieces ?? []).flatMap((p) => {
    if (p.kind !== 'open') return [];
    const h = p.hi.sub(p.lo).div(Rational.of(2));
    const [y0, y1, y2] = [phi(p.lo), phi(p.lo.add(h)), phi(p.hi)];
    const second = y0.sub(y1.mul(Rational.of(2))).add(y2);
    const left = y1.mul(Rational.of(4)).sub(y0.mul(Rational.of(3))).sub(y2).div(h.mul(Rational.of(2)));
    const right = y0.sub(y1.mul(Rational.of(4))).add(y2.mul(Rational.of(3))).div(h.mul(Rational.of(2)));
    return [{ second, left, right }];
  });
  const concave = slopes.every((s) => s.second.sign() <= 0) && slopes.every((s, k) => k === 0 || slopes[k - 1]!.right.ge(s.left));
  return { kind: 'boolean', value: concave };
}
