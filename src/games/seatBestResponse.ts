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
 * per-action grids), without listing them: the best case (payoffCases or, for decisions that couple
 * all actions, the branch and bound over levels), each action's report chosen alone within its case.
 */
export function seatBestResponse(problem: SeatProblem, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): BestResponse<Digits> {
  if (problem.coupling.kind === 'search') {
    const { value, levels } = searchBest(problem, limits);
    return { value, strategy: caseStrategy(problem.tables, leafCase(problem, levels)) };
  }
  if (problem.coupling.kind === 'mean') {
    const { value, c } = meanBest(problem, limits);
    return { value, strategy: caseStrategy(problem.tables, c) };
  }
  let best: { value: Rational; c: PayoffCase } | undefined;
  for (const c of payoffCases(problem)) {
    const v = caseValue(problem.tables, c);
    if (!best || v.gt(best.value)) best = { value: v, c };
  }
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
