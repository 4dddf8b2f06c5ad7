import type { Json } from '../../core/Json.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { binaryPlotSamples, floatPhi } from '../../performative/analysis/binaryPlotSamples.ts';
import { evaluateBinary } from '../../performative/map/evaluateMap.ts';
import type { MapSpec } from '../../performative/map/MapSpec.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryMapPlot } from './binaryMapPlot.ts';

type Obj = { [key: string]: Json };

/**
 * The SVG picture of a binary map's analysis (analyzeMap's JSON): fixed points and optimal reports by
 * their first coordinate (enclosures by their midpoint), samples of f and Phi in floats (display only).
 */
export function mapFigure(title: string, rule: ScoringRule, spec: MapSpec, analysis: Obj): string {
  const fixedPoints = (analysis['fixedPoints'] as Obj[]).map(firstCoordinate).filter((x) => x !== undefined);
  const optimal = (analysis['optimalReports'] as Obj[]).flatMap((s) => {
    const c = firstCoordinate(s);
    const xs = c === undefined ? [] : typeof c === 'number' ? [c] : [c[0], c[1]];
    return xs.map((x) => {
      const exact = 'point' in s ? Rational.of((s['point'] as string[])[0]!) : Rational.of(String(x));
      return { x, f: evaluateBinary(FloatField, spec, x), phi: floatPhi(rule, spec, exact) };
    });
  });
  return binaryMapPlot({ title, samples: binaryPlotSamples(rule, spec), fixedPoints, optimal });
}

function firstCoordinate(s: Obj): number | [number, number] | undefined {
  if ('point' in s) return Rational.of((s['point'] as string[])[0]!).toNumber();
  if ('segment' in s) {
    const [a, b] = (s['segment'] as string[][]).map((v) => Rational.of(v[0]!).toNumber());
    return [a!, b!];
  }
  if ('enclosure' in s) {
    const [lo, hi] = (s['enclosure'] as [string, string][])[0]!;
    return (Rational.of(lo).toNumber() + Rational.of(hi).toNumber()) / 2;
  }
  return undefined;
}
