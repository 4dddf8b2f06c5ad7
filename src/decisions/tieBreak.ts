import type { Rational } from '../numbers/Rational.ts';

/** Which of several equally good actions a decision takes: the project's rule is the lowest index. */
export type TieBreak = 'lowest' | 'highest';

interface Scope {
  readonly policy: TieBreak;
  ties: number;
}

/** The scopes open now, innermost last (decisions are synchronous, so a stack is exact). */
const scopes: Scope[] = [];

/**
 * The action a decision takes among `values` (the largest value; equal values broken by the tie-break
 * policy, lowest index unless a `withTieBreak` scope says otherwise). Every time equal best values had
 * to be broken is counted in the open scope: a counterexample found without any tie-break survives any
 * tie-breaking (docs/design.md §4, robustness).
 */
export function chooseBest(values: readonly Rational[]): number {
  const scope = scopes[scopes.length - 1];
  let best = 0;
  let tied = false;
  for (let i = 1; i < values.length; i++) {
    const c = values[i]!.compare(values[best]!);
    if (c > 0) [best, tied] = [i, false];
    else if (c === 0) {
      tied = true;
      if (scope?.policy === 'highest') best = i;
    }
  }
  if (tied && scope) scope.ties += 1;
  return best;
}

/** Actions by decreasing value; equal values follow the tie-break policy (lowest index first by default), counted. */
export function rankBest(values: readonly Rational[]): number[] {
  const scope = scopes[scopes.length - 1];
  const sign = scope?.policy === 'highest' ? -1 : 1;
  let tied = false;
  const order = values.map((_, a) => a).sort((a, b) => {
    const c = values[b]!.compare(values[a]!);
    if (c === 0) tied = true;
    return c || sign * (a - b);
  });
  if (tied && scope) scope.ties += 1;
  return order;
}

/** Runs `job` with decisions breaking ties by `policy`, and says how many decisions had to break a tie. */
export function withTieBreak<R>(policy: TieBreak, job: () => R): { readonly result: R; readonly tieBreaks: number } {
  const scope: Scope = { policy, ties: 0 };
  scopes.push(scope);
  try {
    return { result: job(), tieBreaks: scope.ties };
  } finally {
    scopes.pop();
    const parent = scopes[scopes.length - 1];
    if (parent) parent.ties += scope.ties;
  }
}

/** Counts the tie-breaks of `job` alone (e.g. one deviation's decisions), under the policy in force. */
export function countTieBreaks<R>(job: () => R): { readonly result: R; readonly tieBreaks: number } {
  return withTieBreak(scopes[scopes.length - 1]?.policy ?? 'lowest', job);
}
