import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifiedBounds } from '../../../certify/evaluate.ts';
import { DomainError } from '../../../numbers/Field.ts';
import { Rational } from '../../../numbers/Rational.ts';
import { ruleById } from '../../../scoring/rules/builtinRules.ts';
import { binaryPieces } from '../../map/binaryPieces.ts';
import { piecewiseLinearArbitrary } from '../../map/mapSpecArbitrary.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { binaryReport, objectiveAt } from '../../map/performativeObjective.ts';
import { optimalReports } from '../optimalReports.ts';
import { pruneByValue } from './pruneByValue.ts';

const SCALE = 2n ** 64n;
const upperPhi = (id: string, spec: MapSpec, x: Rational): Rational | null => {
  try {
    return certifiedBounds((F) => objectiveAt(F, ruleById(id).rule, spec, binaryReport(x)), 30)[1];
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
};

/** A map with many pieces: y_i = (i^2 mod 97) / 97 at x_i = i / n. */
function bigMap(n: number): MapSpec {
  return { kind: 'binary-piecewise-linear', points: Array.from({ length: n + 1 }, (_, i) => [Rational.of(BigInt(i), BigInt(n)), Rational.of(BigInt((i * i) % 97), 97n)] as const) };
}

describe('pruneByValue: monotone bounds of a proper rule exclude pieces by value (binaryBranchAndBound)', () => {
  it.each(['logarithmic', 'spherical', 'power(3)'])('%s: Phi on a pruned piece stays below the certified best value; the certified optimum is at least that value', (id) => {
    fc.assert(
      fc.property(piecewiseLinearArbitrary(40), (spec) => {
        const pieces = binaryPieces(spec)!;
        const { keep, best } = pruneByValue(ruleById(id).rule, pieces, 20);
        if (best === null) return;
        const bestValue = Rational.of(best, SCALE);
        pieces.forEach((p, k) => {
          if (keep[k]) return;
          const xs = p.kind === 'point' ? [p.x] : [1, 2, 3].map((j) => p.lo.add(p.hi.sub(p.lo).mul(Rational.of(BigInt(j), 4n))));
          for (const x of xs) {
            const u = upperPhi(id, spec, x);
            expect(u === null || u.lt(bestValue), `${id} at ${x}: ${u} >= ${bestValue}`).toBe(true);
          }
        });
        const optimum = optimalReports(ruleById(id).rule, spec);
        if ('lower' in optimum) expect(optimum.lower.ge(bestValue)).toBe(true);
      }),
      { numRuns: 25, seed: 41 },
    );
  });

  it('a map of 10,000 pieces: a few hundred score evaluations instead of two per breakpoint', () => {
    const { keep, evaluations } = pruneByValue(ruleById('logarithmic').rule, binaryPieces(bigMap(10_000))!, 20);
    expect(evaluations).toBeLessThan(2_000);
    expect(keep.filter(Boolean).length).toBeLessThan(200);
  });
});
