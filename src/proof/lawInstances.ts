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

/**
 * Two generators of the symmetric group on n letters: the transposition (0 1) and the n-cycle
 * (0 1 ... n-1), as permutation arrays ((sigma p)_i = p_perm[i]); for n = 2 they coincide.
 */
function generators(n: number): number[][] {
  const swap = range(n).map((i) => (i === 0 ? 1 : i === 1 ? 0 : i));
  const cycle = range(n).map((i) => (i + 1) % n);
  return n === 2 ? [swap] : [swap, cycle];
}

/**
 * The instances of `law` at n outcomes. Outcomes y and permutations are enumerated, not left symbolic.
 * Symmetry is checked for two generators of the symmetric group only (2n instances instead of
 * (n-1) n for adjacent transpositions): the relabellings that leave S invariant are closed under
 * composition, so invariance under the generators gives invariance under all n! permutations.
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
      return generators(n).flatMap((perm) =>
        range(n).map((y) => ({
          law,
          vectors: ['p'],
          params: { y, perm },
          comparison: <T>(F: Field<T>, r: ScoringRule, v: Readonly<Record<string, readonly T[]>>) =>
            symmetricComparison(F, r, at(v, 'p'), y, perm),
        })),
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
