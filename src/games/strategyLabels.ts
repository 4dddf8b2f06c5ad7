import { decimalString } from '../numbers/decimalString.ts';
import type { Rational } from '../numbers/Rational.ts';
import { ConditionalGame } from './ConditionalGame.ts';
import type { DiscreteGame } from './discretiseGame.ts';

/** A listed game's pure strategies named by their reports, for a figure's axes (docs/design.md §9). */
export interface StrategyLabels {
  /** Label of pure strategy i (enumeration order). */
  readonly labels: readonly string[];
  /** What a label shows. */
  readonly reading: string;
  /** The honest strategies: the truthful reports (conditional game), the fixed points on the grid (performative game). */
  readonly honest: readonly number[];
  readonly honestMeaning: string;
}

/**
 * Compact labels of the pure strategies: with two outcomes, P(outcome 0) of each action's report joined
 * by " | " ("0.25 | 1"); with more, the report vectors ("(1/2, 1/4, 1/4) | (1, 0, 0)"); a performative
 * game's strategy is one binary report, shown as P(outcome 0). Probabilities as short decimals when
 * exact in 4 digits, else as fractions (grid points are k/grid).
 */
export function strategyLabels(d: DiscreteGame): StrategyLabels {
  const model = d.model;
  const indices = Array.from({ length: d.strategies }, (_, i) => i);
  if (!(model instanceof ConditionalGame)) {
    return {
      labels: model.grid.map((p) => compact(p[0]!)),
      reading: 'P(outcome 0) of its report',
      honest: indices.filter((i) => model.isFixedPoint(model.grid[i]!)),
      honestMeaning: 'fixed points of f',
    };
  }
  const binary = model.spec.outcomes === 2;
  const report = (p: readonly Rational[]) => (binary ? compact(p[0]!) : `(${p.map(compact).join(', ')})`);
  return {
    labels: indices.map((i) => model.strategy(i).map(report).join(' | ')),
    reading: binary ? 'P(outcome 0) per action' : 'report per action',
    honest: [model.honest],
    honestMeaning: 'truthful reports',
  };
}

function compact(r: Rational): string {
  const d = decimalString(r, 4);
  return d.exact ? d.text : String(r);
}
