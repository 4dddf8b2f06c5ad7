import type { Comparison } from '../certify/Comparison.ts';
import type { LawName } from '../core/LawName.ts';
import {
  localComparison,
  properComparison,
  strictlyProperComparison,
  symmetricComparison,
} from '../laws/lawComparisons.ts';
import type { Field } from '../numbers/Field.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';

/** Besides being distributions: p != q (strict properness) or p_y = p'_y (locality). */
export type Premise = { kind: 'distinct'; a: string; b: string } | { kind: 'equalAt'; a: string; b: string; index: number };

/**
 * One finite instance of a law at n outcomes: the distributions it quantifies over (symbolic), the
 * discrete parameters fixed (outcome y, permutation), and the shared law comparison (never restated).
 */
export interface LawInstance {
  readonly law: LawName;
  readonly vectors: readonly string[];
  readonly params: Readonly<Record<string, number | readonly number[]>>;
  readonly premise?: Premise;
  comparison<T>(F: Field<T>, rule: ScoringRule, v: Readonly<Record<string, readonly T[]>>): Comparison<T>;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const at = <T>(v: Readonly<Record<string, readonly T[]>>, name: string): readonly T[] => v[name]!;

/** The transposition of k and k+1, as a permutation array. */
function adjacentTransposition(n: number, k: number): number[] {
  return range(n).map((i) => (i === k ? k + 1 : i === k + 1 ? k : i));
}

/**
 * The instances of `law` at n outcomes. Outcomes y and permutations are enumerated, not left symbolic.
 * Symmetry is checked for the n-1 adjacent transpositions only: they generate the symmetric group, and
 * the relabellings that leave S invariant are closed under composition, so invariance under the
 * generators gives invariance under all n! permutations.
 */
export function lawInstances(law: LawName, n: number): readonly LawInstance[] {
  switch (law) {
    case 'proper':
      return [{ law, vectors: ['p', 'q'], params: {}, comparison: (F, r, v) => properComparison(F, r, at(v, 'p'), at(v, 'q')) }];
    case 'strictly-proper':
      return [
        {
          law,
          vectors: ['p', 'q'],
          params: {},
          premise: { kind: 'distinct', a: 'p', b: 'q' },
          comparison: (F, r, v) => strictlyProperComparison(F, r, at(v, 'p'), at(v, 'q')),
        },
      ];
    case 'symmetric':
      return range(n - 1).flatMap((k) =>
        range(n).map((y) => {
          const perm = adjacentTransposition(n, k);
          return {
            law,
            vectors: ['p'],
            params: { y, perm },
            comparison: <T>(F: Field<T>, r: ScoringRule, v: Readonly<Record<string, readonly T[]>>) =>
              symmetricComparison(F, r, at(v, 'p'), y, perm),
          };
        }),
      );
    case 'local':
      return range(n).map((y) => ({
        law,
        vectors: ['p', 'pPrime'],
        params: { y },
        premise: { kind: 'equalAt', a: 'p', b: 'pPrime', index: y },
        comparison: <T>(F: Field<T>, r: ScoringRule, v: Readonly<Record<string, readonly T[]>>) =>
          localComparison(F, r, at(v, 'p'), at(v, 'pPrime'), y),
      }));
  }
}
