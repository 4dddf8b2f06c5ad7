import type { ConditionalGame, ConditionalStrategy } from '../../ConditionalGame.ts';
import { reportGrid } from '../../../simplex/reportGrid.ts';

/** Games up to this many pure strategies are checked exhaustively; larger ones by single-action deviations. */
export const EXHAUSTIVE_LIMIT = 64;

/**
 * The deviations a check compares with honesty: every pure strategy of the discretised game when there
 * are at most EXHAUSTIVE_LIMIT, else every change of the honest reports on ONE action to a report of the
 * twice finer grid (steering often needs a report just past a tie); plus the input's explicit deviation.
 */
export function deviationCandidates(model: ConditionalGame, extra?: ConditionalStrategy): ConditionalStrategy[] {
  const out: ConditionalStrategy[] = [];
  if (model.strategyCount <= EXHAUSTIVE_LIMIT) {
    for (let i = 0; i < model.strategyCount; i++) out.push(model.strategy(i));
  } else {
    const truth = model.spec.truth;
    const finer = reportGrid(model.spec.outcomes, 2 * model.spec.grid, model.spec.rule.domain === 'interior');
    truth.forEach((_, a) => finer.forEach((p) => out.push(truth.map((q, b) => (b === a ? p : q)))));
  }
  if (extra) out.push(extra);
  return out;
}

export function strategyJson(s: ConditionalStrategy): string[][] {
  return s.map((p) => p.map(String));
}
