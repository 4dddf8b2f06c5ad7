import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { evaluateBinary } from '../map/evaluateMap.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';

/**
 * Samples of f(x) and Phi(x) = S(x, f(x)) at x = k/n for a plot: floats, display only (docs/design.md §2:
 * a float never decides anything). Phi at a report where the rule is undefined (ln 0) is -Infinity.
 */
export function binaryPlotSamples(rule: ScoringRule, spec: MapSpec, n = 400): { x: number; f: number; phi: number }[] {
  return Array.from({ length: n + 1 }, (_, k) => {
    const x = Rational.of(BigInt(k), BigInt(n));
    return { x: k / n, f: evaluateBinary(FloatField, spec, x.toNumber()), phi: floatPhi(rule, spec, x) };
  });
}

/** Phi(x) as a float (display only); NaN and errors become -Infinity (a gap in the plot). */
export function floatPhi(rule: ScoringRule, spec: MapSpec, x: Rational): number {
  try {
    const v = objectiveAt(FloatField, rule, spec, binaryReport(x));
    return Number.isNaN(v) ? -Infinity : v;
  } catch {
    return -Infinity;
  }
}
