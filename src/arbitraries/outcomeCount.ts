import fc from 'fast-check';
import type { OutcomeRange } from '../core/OutcomeRange.ts';

/** The number of outcomes; shrinks towards the smallest allowed, so counterexamples have few outcomes. */
export function outcomeCount(range: OutcomeRange): fc.Arbitrary<number> {
  return fc.integer({ min: range.min, max: range.max });
}
