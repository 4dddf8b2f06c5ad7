import fc from 'fast-check';

/**
 * Non-negative integer weight vectors of a fixed length, normalised later into distributions.
 * The mix reaches what random uniform sampling misses (docs/design.md §3 arbitraries/):
 * small weights (small denominators, faces with zeros), vertices, ties, tiny probabilities down to
 * 1e-6 and large denominators. Every branch shrinks towards small integers, hence small denominators.
 */
export function weightVector(length: number): fc.Arbitrary<number[]> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.nat({ max: 10 }), { minLength: length, maxLength: length }) },
    { weight: 1, arbitrary: vertexWeights(length) },
    { weight: 2, arbitrary: tiedWeights(length) },
    { weight: 1, arbitrary: tinyWeights(length) },
    { weight: 1, arbitrary: fc.array(fc.nat({ max: 1_000_000_000 }), { minLength: length, maxLength: length }) },
  );
}

function vertexWeights(length: number): fc.Arbitrary<number[]> {
  return fc.nat({ max: length - 1 }).map((i) => Array.from({ length }, (_, j) => (j === i ? 1 : 0)));
}

/** At most two distinct values: ties between outcomes (argmax sets, symmetric points). */
function tiedWeights(length: number): fc.Arbitrary<number[]> {
  return fc
    .tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.array(fc.boolean(), { minLength: length, maxLength: length }))
    .map(([a, b, pick]) => pick.map((first) => (first ? a : b)));
}

/** Some coordinates of weight 1 against others near 1e6: probabilities down to 1e-6. */
function tinyWeights(length: number): fc.Arbitrary<number[]> {
  return fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1_000_000 })), {
    minLength: length,
    maxLength: length,
  });
}
