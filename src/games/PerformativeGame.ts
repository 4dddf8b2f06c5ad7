import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { evaluateMap } from '../performative/map/evaluateMap.ts';
import type { PerformativeGameSpec } from './GameSpec.ts';
import { reportGrid } from '../simplex/reportGrid.ts';
import { ScoreTerms } from './ScoreTerms.ts';

/**
 * The discretised non-conditional performative game (docs/mathematics.md SG-05): pure strategies are grid
 * reports; at (p1, p2) the outcome follows f = map(w p1 + (1 - w) p2) (rational maps: exact), and
 * player 1 earns S(p1, f) - S(p2, f) (player 2 the negative). With w = 1/2 the game is symmetric.
 */
export class PerformativeGame {
  readonly grid: readonly (readonly Rational[])[];

  constructor(readonly spec: PerformativeGameSpec) {
    this.grid = reportGrid(2, spec.grid, spec.rule.domain === 'interior');
  }

  get strategyCount(): number {
    return this.grid.length;
  }

  /** f(p1, p2), exact. */
  world(p1: readonly Rational[], p2: readonly Rational[]): Rational[] {
    const w = this.spec.weight;
    const mix = p1.map((c, y) => w.mul(c).add(Rational.ONE.sub(w).mul(p2[y]!)));
    return evaluateMap(RationalField, this.spec.map, mix);
  }

  /** Player 1's payoff S(p1, f) - S(p2, f) as exact score terms (0 exactly when p1 = p2). */
  payoff(p1: readonly Rational[], p2: readonly Rational[]): ScoreTerms {
    const f = this.world(p1, p2);
    return ScoreTerms.of([
      { coef: Rational.ONE, report: p1, world: f },
      { coef: Rational.ONE.neg(), report: p2, world: f },
    ]);
  }

  /** p is a fixed point of p -> f(p, p). */
  isFixedPoint(p: readonly Rational[]): boolean {
    return this.world(p, p).every((c, y) => c.equals(p[y]!));
  }
}
