import { decide } from '../decisions/decide.ts';
import { hasFullSupport } from '../decisions/DecisionRule.ts';
import { bestAction, expectedUtility } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { gridIndex, reportGrid } from '../simplex/reportGrid.ts';
import { predictorCount } from './ScoringScheme.ts';
import { ScoreTerms, type ScoreTerm } from './ScoreTerms.ts';

/** A pure strategy: one grid report per action (reports[a] = p(.|a)). */
export type ConditionalStrategy = readonly (readonly Rational[])[];

/**
 * The discretised conditional-prediction game: pure strategies are grid reports per action, indexed in
 * mixed radix (action 0 the most significant digit). Payoffs are exact combinations of expected scores
 * (ScoreTerms): player i's expected payoff for the profile (s_1, s_2), with pi = decide(...):
 * - single: sum_a pi(a) S(s_1(.|a), q_a);
 * - importance-weighted: sum_a pi(a) S(s_1(.|a), q_a) / pi(a) = sum_a S(s_1(.|a), q_a);
 * - zero-sum: sum_a pi(a) [S(s_i(.|a), q_a) - S(s_j(.|a), q_a)];
 * - weighted: sum_a pi(a) [S(s_i(.|a), q_a) - c S(s_j(.|a), q_a)].
 */
export class ConditionalGame {
  readonly grid: readonly (readonly Rational[])[];
  readonly actions: number;
  readonly strategyCount: number;
  readonly honest: number;
  readonly bestAction: number;
  readonly predictors: 1 | 2;

  constructor(readonly spec: ConditionalGameSpec) {
    this.grid = reportGrid(spec.outcomes, spec.grid, spec.rule.domain === 'interior');
    this.actions = spec.utility.length;
    this.strategyCount = this.grid.length ** this.actions;
    const digits = spec.truth.map((q, a) => {
      const g = gridIndex(this.grid, q);
      if (g < 0) throw new RangeError(`truth[${a}] is not on the report grid`);
      return g;
    });
    this.honest = digits.reduce((s, d) => s * this.grid.length + d, 0);
    this.bestAction = bestAction(spec.truth, spec.utility);
    this.predictors = predictorCount(spec.scoring);
  }

  strategy(index: number): ConditionalStrategy {
    const out: Rational[][] = [];
    let rest = index;
    for (let a = this.actions - 1; a >= 0; a--) {
      out[a] = this.grid[rest % this.grid.length] as Rational[];
      rest = Math.floor(rest / this.grid.length);
    }
    return out;
  }

  /** The index of a strategy whose reports are all on the grid, or -1. */
  indexOf(s: ConditionalStrategy): number {
    let index = 0;
    for (const p of s) {
      const g = gridIndex(this.grid, p);
      if (g < 0) return -1;
      index = index * this.grid.length + g;
    }
    return index;
  }

  /** pi(.) for the profile (one strategy per predictor). */
  decision(profile: readonly ConditionalStrategy[]): Rational[] {
    return decide(this.spec.decision, this.spec.utility, profile);
  }

  /** Player `player`'s payoff for the profile (profile[0] is player 0's strategy). */
  payoff(profile: readonly ConditionalStrategy[], player: 0 | 1 = 0): ScoreTerms {
    const pi = this.decision(profile);
    const q = this.spec.truth;
    const me = profile[player]!;
    const terms: ScoreTerm[] = [];
    const scheme = this.spec.scoring;
    pi.forEach((w, a) => {
      if (w.isZero()) {
        if (scheme.kind === 'importance-weighted') throw new RangeError(`importance weighting needs pi(${a}) > 0`);
        return;
      }
      const mine = scheme.kind === 'importance-weighted' ? Rational.ONE : w;
      terms.push({ coef: mine, report: me[a]!, world: q[a]! });
      if (scheme.kind === 'zero-sum' || scheme.kind === 'weighted') {
        const other = profile[1 - player]![a]!;
        const c = scheme.kind === 'weighted' ? scheme.c : Rational.ONE;
        terms.push({ coef: w.mul(c).neg(), report: other, world: q[a]! });
      }
    });
    return ScoreTerms.of(terms);
  }

  /** The actions taken with positive probability. */
  support(profile: readonly ConditionalStrategy[]): number[] {
    return this.decision(profile).flatMap((w, a) => (w.sign() > 0 ? [a] : []));
  }

  /** Honest on every action taken with positive probability (the "honest"). */
  honestOnTaken(s: ConditionalStrategy, taken: readonly number[]): boolean {
    return taken.every((a) => s[a]!.every((c, y) => c.equals(this.spec.truth[a]![y]!)));
  }

  /** EU of action a under the truth. */
  trueUtility(a: number): Rational {
    return expectedUtility(this.spec.truth[a]!, this.spec.utility[a]!);
  }

  /** Whether every action has positive probability whatever the reports. */
  fullSupport(): boolean {
    return hasFullSupport(this.spec.decision);
  }
}
