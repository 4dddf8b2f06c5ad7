import type { Rational } from '../numbers/Rational.ts';
import { average } from './doubleOracle.ts';
import { GenerationLimitError } from './GenerationLimitError.ts';
import { essentiality, type Essentiality, type FaceState } from './optimalFace.ts';
import type { SolveOptions } from './solveLinearProgram.ts';
import { colView, rowView, type Weighted, type ZeroSumOracle } from './ZeroSumOracle.ts';

export type Verdict<R, C> =
  | { readonly kind: 'holds' }
  /** A certified equilibrium (x, y) playing the violating pair (r, c) with probability x_r y_c > 0. */
  | { readonly kind: 'fails'; readonly x: readonly Weighted<R>[]; readonly y: readonly Weighted<C>[]; readonly pair: readonly [R, C] }
  /** A work limit stopped the search (the reason names it): never a guess. */
  | { readonly kind: 'undecided'; readonly reason: string };

/**
 * Finds a pair of pure strategies violating the property with r a best response to y0 and c a best
 * response to x0 (over the full game), or says there is none.
 */
export type ViolationSearch<R, C> = (x0: readonly Weighted<R>[], y0: readonly Weighted<C>[]) => readonly [R, C] | undefined;

export const MAX_VERDICT_ROUNDS = 200;

/**
 * "Every equilibrium of the zero-sum game plays only pairs with the property" over the FULL game
 * (docs/design.md §9). Every equilibrium is a pair of optimal strategies (minimax theorem), and every
 * optimal x is supported on pure best responses to ANY optimal y (x^T A y = v while (A y)_r <= v), so
 * for optimal x0, y0 the pairs an equilibrium can play lie in BR(y0) x BR(x0). Hence:
 * 1. search BR(y0) x BR(x0) for a violating pair (the caller's structured search). None: the property
 *    holds at every equilibrium (certified by the optimality of x0, y0 and the exhaustive search).
 * 2. a violating pair (r, c): is r essential, i.e. played by SOME optimal strategy? The LP over the
 *    optimal face with constraint and column generation (optimalFace.essentiality) answers with a
 *    certificate: an optimal strategy playing r, or an optimal y' against which r is not a best response;
 *    then y0 := (y0 + y')/2 is still optimal and BR(y0) has lost r: search again. Likewise for c.
 * 3. both essential: x playing r and y playing c are optimal, so (x, y) is an equilibrium playing (r, c)
 *    with probability x_r y_c > 0: the property fails, with this certified witness.
 * Each round removes a strategy from a best-response set, so the search ends; past MAX_VERDICT_ROUNDS
 * rounds or a work limit (GenerationLimitError) the verdict is undecided, with the reason.
 * Symmetric games: one face serves both seats, and x0 = y0 throughout.
 */
export async function everyEquilibrium<R, C>(
  oracle: ZeroSumOracle<R, C>,
  value: Rational,
  start: { readonly x: readonly Weighted<R>[]; readonly y: readonly Weighted<C>[] },
  faces: { readonly row: FaceState<R, C>; readonly col: FaceState<C, R> },
  search: ViolationSearch<R, C>,
  options: SolveOptions = {},
): Promise<Verdict<R, C>> {
  const symmetric = oracle.symmetric;
  let [x0, y0] = [start.x, start.y];
  const mixRows = (a: readonly Weighted<R>[], b: readonly Weighted<R>[]) => average(a, b, (r) => oracle.rowKey(r));
  const mixCols = (a: readonly Weighted<C>[], b: readonly Weighted<C>[]) => average(a, b, (c) => oracle.colKey(c));
  try {
    for (let round = 0; round < MAX_VERDICT_ROUNDS; round++) {
      const bad = search(x0, y0);
      if (!bad) return { kind: 'holds' };
      const [r, c] = bad;
      const er = await essentiality(rowView(oracle), value, r, faces.row, options);
      if (!er.essential) {
        y0 = mixCols(y0, er.opponent);
        if (symmetric) x0 = y0 as unknown as Weighted<R>[];
        continue;
      }
      // Symmetric: seat 2's strategies are seat 1's (R = C) and so are its optimal ones.
      const ec = symmetric
        ? ((await essentiality(rowView(oracle), value, c as unknown as R, faces.row, options)) as unknown as Essentiality<C, R>)
        : await essentiality(colView(oracle), value.neg(), c, faces.col, options);
      if (!ec.essential) {
        x0 = mixRows(x0, ec.opponent);
        if (symmetric) y0 = x0 as unknown as Weighted<C>[];
        continue;
      }
      return { kind: 'fails', x: er.strategy, y: ec.strategy, pair: [r, c] };
    }
    return { kind: 'undecided', reason: `not decided within ${MAX_VERDICT_ROUNDS} rounds of the essential-strategy search` };
  } catch (error) {
    if (error instanceof GenerationLimitError) return { kind: 'undecided', reason: `not decided: ${error.message}` };
    throw error;
  }
}
