import { FloatField } from '../../numbers/FloatField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { lineChart } from './lineChart.ts';

/**
 * The picture of a rule on two outcomes (or along the edge between the first two outcomes): the scores
 * S(p, first) and S(p, second) and the entropy G(p) = S(p, p) against p = P(first outcome); floats,
 * display only. A value the rule does not define there (ln 0) leaves a gap.
 */
export function rulePlot(name: string, rule: ScoringRule, samples = 200): string {
  const n = Math.max(2, rule.outcomes.min);
  const at = (x: number, y: number) => {
    try {
      const p = [x, 1 - x, ...new Array<number>(n - 2).fill(0)];
      return rule.score(FloatField, p, y);
    } catch {
      return Number.NaN;
    }
  };
  const xs = Array.from({ length: samples + 1 }, (_, i) => i / samples);
  return lineChart({
    title: `${name}${n > 2 ? ` on the edge between outcomes 1 and 2 (n = ${n})` : ''}`,
    xLabel: 'report p = P(first outcome)',
    yLabel: 'score',
    series: [
      { name: 'S(p, first)', color: '#1f77b4', points: xs.map((x) => [x, at(x, 0)] as const) },
      { name: 'S(p, second)', color: '#ff7f0e', points: xs.map((x) => [x, at(x, 1)] as const) },
      { name: 'G(p) = S(p, p)', color: '#2ca02c', points: xs.map((x) => [x, x * at(x, 0) + (1 - x) * at(x, 1)] as const) },
    ],
  });
}
