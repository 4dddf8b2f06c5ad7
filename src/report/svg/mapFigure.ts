import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { binaryPlotSamples, floatPhi } from '../../performative/analysis/binaryPlotSamples.ts';
import { evaluateBinary } from '../../performative/map/evaluateMap.ts';
import type { MapAnalysis } from '../../performative/analysis/MapAnalysis.ts';
import type { MapSpec } from '../../performative/map/MapSpec.ts';
import type { ReportSetJson } from '../../performative/map/ReportSet.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryMapPlot } from './binaryMapPlot.ts';

/**
 * The SVG picture of a binary map's analysis (analyzeMap's JSON): fixed points and optimal reports by
 * their first coordinate (enclosures by their midpoint), samples of f and Phi in floats (display only).
 */
export function mapFigure(title: string, rule: ScoringRule, spec: MapSpec, analysis: MapAnalysis): string {
  const fixedPoints = analysis.fixedPoints.map(firstCoordinate).filter((x) => x !== undefined);
  const optimal = analysis.optimalReports.flatMap((s) => {
    const c = firstCoordinate(s);
    const xs = c === undefined ? [] : typeof c === 'number' ? [c] : [c[0], c[1]];
    return xs.map((x) => {
      const exact = 'point' in s ? Rational.of(s.point[0]!) : Rational.of(String(x));
      return { x, f: evaluateBinary(FloatField, spec, x), phi: floatPhi(rule, spec, exact) };
    });
  });
  return binaryMapPlot({ title, samples: binaryPlotSamples(rule, spec), fixedPoints, optimal });
}

/** A binary report set's P(outcome 0): a point, a segment's ends, an enclosure's midpoint (a polytope is not binary). */
function firstCoordinate(s: ReportSetJson): number | [number, number] | undefined {
  if ('point' in s) return Rational.of(s.point[0]!).toNumber();
  if ('segment' in s) {
    const [a, b] = s.segment.map((v) => Rational.of(v[0]!).toNumber());
    return [a!, b!];
  }
  if ('enclosure' in s) {
    const [lo, hi] = s.enclosure[0]!;
    return (Rational.of(lo).toNumber() + Rational.of(hi).toNumber()) / 2;
  }
  return undefined;
}
