import type { Rational } from '../numbers/Rational.ts';
import { chooseBest } from './tieBreak.ts';

/** The action a binary search takes and how many pairwise comparisons it made. */
export interface SearchResult {
  readonly action: number;
  readonly comparisons: number;
}

/**
 * The principal's action search of docs/mathematics.md ZS-06 (this project's definition): the actions
 * [lo, hi) are halved into [lo, mid) and [mid, hi), mid = ceil((lo + hi)/2); the two halves are compared
 * by their optimistic values, the largest expected utility any predictor's reports give an action of the
 * half (eu[i][a] for predictor i), and the larger half is kept, the lower one on a tie. One comparison per
 * round, at most ceil(log2 |A|) in all (exactly log2 |A| when |A| is a power of 2). The half values are read off the predictors' scored reports, so a half can
 * look better only through a report on one of its actions. It takes the action optimistic max takes, ties
 * to the lowest index included.
 */
export function binarySearchAction(eu: readonly (readonly Rational[])[]): SearchResult {
  const value = (lo: number, hi: number) => {
    let best = eu[0]![lo]!;
    for (const row of eu) for (let a = lo; a < hi; a++) if (row[a]!.gt(best)) best = row[a]!;
    return best;
  };
  let [lo, hi, comparisons] = [0, eu[0]!.length, 0];
  while (hi - lo > 1) {
    const mid = Math.ceil((lo + hi) / 2);
    comparisons += 1;
    // chooseBest: the lower half on equal values, and the tie-break is counted (docs/design.md §4)
    if (chooseBest([value(lo, mid), value(mid, hi)]) === 0) hi = mid;
    else lo = mid;
  }
  return { action: lo, comparisons };
}

/** ceil(log2 k): the most comparisons a search over k actions makes. */
export function searchComparisons(k: number): number {
  let rounds = 0;
  for (let size = 1; size < k; size *= 2) rounds += 1;
  return rounds;
}
