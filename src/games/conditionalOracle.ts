import { decideByUtilities } from '../decisions/decide.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ZeroSumOracle } from '../solvers/ZeroSumOracle.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import type { Digits, GameTables } from './ReportTables.ts';
import { seatBestAbove, seatBestResponse } from './seatBestResponse.ts';
import { seatProblem } from './SeatProblem.ts';
import { predictorCount } from './ScoringScheme.ts';

/** The decision pi for a pure profile (one strategy per predictor, seat order), from the tables. */
export function profileDecision(spec: ConditionalGameSpec, tables: GameTables, profile: readonly Digits[]): Rational[] {
  return decideByUtilities(spec.decision, profile.map((s) => s.map((k, a) => tables.actions[a]!.eu[k]!)));
}

/**
 * Player `player`'s exact payoff for a pure profile, from the tables; the same number as
 * ConditionalGame.payoff(...).exact (a unit test compares them): sum_a pi(a) [sigma_a(mine) - c sigma_a(other)]
 * (c = 1 zero-sum, c weighted, no second term for one predictor; importance weighting pays sigma_a on
 * every action taken).
 */
export function profilePayoff(spec: ConditionalGameSpec, tables: GameTables, profile: readonly Digits[], player: 0 | 1 = 0): Rational {
  const pi = profileDecision(spec, tables, profile);
  const scheme = spec.scoring;
  const mine = profile[player]!;
  const other = profile[1 - player];
  const c = scheme.kind === 'weighted' ? scheme.c : Rational.ONE;
  return Rational.sum(
    pi.map((w, a) => {
      if (w.isZero()) {
        if (scheme.kind === 'importance-weighted') throw new RangeError(`importance weighting needs pi(${a}) > 0`);
        return Rational.ZERO;
      }
      const t = tables.actions[a]!;
      const own = t.score[mine[a]!]!;
      if (scheme.kind === 'importance-weighted') return own;
      if (scheme.kind === 'single') return w.mul(own);
      return w.mul(own.sub(c.mul(t.score[other![a]!]!)));
    }),
  );
}

/** The zero-sum conditional game (two predictors) as oracles: payoffs and exact best responses from the tables. */
export function conditionalOracle(spec: ConditionalGameSpec, tables: GameTables, symmetric: boolean): ZeroSumOracle<Digits, Digits> {
  if (predictorCount(spec.scoring) !== 2) throw new RangeError('conditionalOracle: two predictors');
  const key = (s: Digits) => s.join(',');
  return {
    rowKey: key,
    colKey: key,
    symmetric,
    payoff: (r, c) => profilePayoff(spec, tables, [r, c], 0),
    bestRow: (y) => seatBestResponse(seatProblem(spec, tables, 0, y)),
    bestCol(x) {
      const b = seatBestResponse(seatProblem(spec, tables, 1, x));
      return { value: b.value.neg(), strategy: b.strategy };
    },
    bestRowAbove: (y, t) => seatBestAbove(seatProblem(spec, tables, 0, y), t),
    bestColBelow(x, t) {
      // Seat 2 earns minus the row payoff: conceding less than t is earning more than -t.
      const b = seatBestAbove(seatProblem(spec, tables, 1, x), t.neg());
      return b && { value: b.value.neg(), strategy: b.strategy };
    },
  };
}

/**
 * Whether the zero-sum game is symmetric by construction (payoff(s, t) = -payoff(t, s) for all s, t):
 * the decision reads both predictors alike (optimistic max, means, epsilon-greedy, softmax), or argmax
 * takes the same action whatever seat 1 reports (then pi is constant). A sufficient condition; it is
 * what lets one strategy list serve both seats.
 */
export function symmetricByConstruction(spec: ConditionalGameSpec, tables: GameTables): boolean {
  if (predictorCount(spec.scoring) !== 2) return false;
  if (spec.decision.kind !== 'argmax') return true;
  return constantArgmax(tables) !== undefined;
}

/** The action argmax takes for every report, if there is one (lowest index on ties, as decisions break them). */
function constantArgmax(tables: GameTables): number | undefined {
  const lows = tables.actions.map((t) => t.levels[0]!.eu);
  const highs = tables.actions.map((t) => t.levels[t.levels.length - 1]!.eu);
  const c = lows.findIndex((low, a) => highs.every((high, b) => b === a || (b < a ? high.lt(low) : high.le(low))));
  return c < 0 ? undefined : c;
}
