import fc from 'fast-check';

/** Sort keys for a permutation; all-equal keys (the shrink target) give the identity. */
export function permutationKeys(length: number): fc.Arbitrary<number[]> {
  return fc.array(fc.nat({ max: 100 }), { minLength: length, maxLength: length });
}

/** The permutation of 0..n-1 that sorts the first n keys (stable, so ties keep their order). */
export function permutationFromKeys(keys: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}
