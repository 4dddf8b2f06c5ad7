import type { Rational } from '../numbers/Rational.ts';
import type { BestResponse } from '../solvers/ZeroSumOracle.ts';
import { DEFAULT_SEARCH_LIMITS, leafCase, searchBest, searchOptimal, type SearchLimits } from './branchAndBound.ts';
import { meanBest, meanOptimalCases } from './meanCases.ts';
import { caseStrategy, caseValue, type PayoffCase } from './PayoffCase.ts';
import { payoffCases } from './payoffCases.ts';
import type { Digits } from './ReportTables.ts';
import type { SeatProblem } from './SeatProblem.ts';

/**
 * The seat's exact best response over EVERY pure strategy of the conditional game (the product of the
 * per-action grids), without listing them: the best case (payoffCases; meanCases and the branch and bound
 * for decisions that couple all actions), each action's report chosen alone within its case.
 */
export function seatBestResponse(problem: SeatProblem, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): BestResponse<Digits> {
  return seatBestAbove(problem, undefined, limits)!;
}

/**
 * A best response if it earns more than `above`, else undefined (no pure strategy does): the searches
 * cut every subtree whose bound does not beat `above`, far fewer than for the exact maximum.
 */
export function seatBestAbove(problem: SeatProblem, above: Rational | undefined, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): BestResponse<Digits> | undefined {
  if (problem.coupling.kind === 'search') {
    const found = searchBest(problem, limits, above);
    return found && { value: found.value, strategy: caseStrategy(problem.tables, leafCase(problem, found.levels)) };
  }
  if (problem.coupling.kind === 'mean') {
    const found = meanBest(problem, limits, above);
    return found && { value: found.value, strategy: caseStrategy(problem.tables, found.c) };
  }
  let best: { value: Rational; c: PayoffCase } | undefined;
  for (const c of payoffCases(problem)) {
    const v = caseValue(problem.tables, c);
    if (!best || v.gt(best.value)) best = { value: v, c };
  }
  if (above !== undefined && !best!.value.gt(above)) return undefined;
  return { value: best!.value, strategy: caseStrategy(problem.tables, best!.c) };
}

/**
 * Every case attaining `value` (the seat's best payoff), lazily: together they hold exactly the seat's
 * pure best responses (the cases partition the strategies; in a case the optimal reports are chosen per
 * action). Lazy, so a search for one violating pair stops at the first.
 */
export function* optimalCases(problem: SeatProblem, value: Rational, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): Generator<PayoffCase> {
  if (problem.coupling.kind === 'search') {
    for (const levels of searchOptimal(problem, value, limits)) yield leafCase(problem, levels);
    return;
  }
  if (problem.coupling.kind === 'mean') {
    yield* meanOptimalCases(problem, value, limits);
    return;
  }
  for (const c of payoffCases(problem)) {
    const v = caseValue(problem.tables, c);
    if (v.gt(value)) throw new Error('optimalCases: a case beats the best payoff (a bug)');
    if (v.equals(value)) yield c;
  }
}
