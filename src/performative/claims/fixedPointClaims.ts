import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { decide } from '../../certify/decide.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { affineClippedArbitrary, piecewiseLinearArbitrary, rationalBetween, stochasticMatrixArbitrary, unitRational } from '../map/mapSpecArbitrary.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { reportSetToJson } from '../map/ReportSet.ts';
import { HOLDS_EXACT, lipschitzOrThrow, pointXs, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

const continuousMaps: fc.Arbitrary<MapSpec> = fc.oneof(piecewiseLinearArbitrary(), affineClippedArbitrary(), stochasticMatrixArbitrary(2, 4));

/** PP-01 (holds): a continuous f has a fixed point. The codec rejects discontinuous maps (premise). */
export const fixedPointsExistClaim: Claim<{ map: MapSpec }> = {
  id: 'performative/fixed-points-exist',
  statement: 'Every continuous map f from the simplex to itself (stochastic matrices, continuous piecewise-linear and clipped affine maps) has a fixed point, and each reported one satisfies f(p) = p.',
  source: 'docs/mathematics.md PP-01 (Brouwer; intermediate value theorem)',
  expect: 'holds',
  arbitrary: continuousMaps.map((map) => ({ map })),
  codec: recordCodec({ map: 'map' }, (input, at) => {
    if (!fixedPoints(input.map).continuous) throw new SpecError(`${at}.map`, 'the claim is about continuous maps');
  }),
  check({ map }) {
    const result = fixedPoints(map);
    return result.sets.length ? HOLDS_EXACT : refutedExact({ fixedPoints: [], certificate: result.certificate ?? null });
  },
};

/** The FALSE claim "the fixed point is unique" (PP-01 gives uniqueness only for L < 1). */
export const fixedPointUniqueClaim: Claim<{ map: MapSpec }> = {
  id: 'performative/fixed-point-unique',
  statement: 'Every continuous piecewise-linear binary map has exactly one fixed point.',
  source: 'docs/mathematics.md PP-01, PP-04 (bank run: three fixed points)',
  expect: 'refuted',
  arbitrary: piecewiseLinearArbitrary().map((map) => ({ map })),
  codec: recordCodec({ map: 'map' }),
  check({ map }) {
    const sets = fixedPoints(map).sets;
    return sets.length === 1 && sets[0]!.kind === 'point' ? HOLDS_EXACT : refutedExact({ fixedPoints: sets.map(reportSetToJson) });
  },
};

/** PP-01 Banach (holds): L < 1 gives exactly one fixed point. */
export const fixedPointUniqueForContractionsClaim: Claim<{ map: MapSpec }> = {
  id: 'performative/fixed-point-unique-for-contractions',
  statement: 'A continuous piecewise-linear binary map with Lipschitz constant L < 1 has exactly one fixed point.',
  source: 'docs/mathematics.md PP-01 (Banach)',
  expect: 'holds',
  arbitrary: fc.record({ pStar: unitRational(), alpha: rationalBetween(-1, 1).filter((a) => a.abs().lt(Rational.ONE)) }).map(({ pStar, alpha }) => ({
    map: { kind: 'affine-clipped' as const, a: pStar.sub(alpha.mul(pStar)), b: alpha },
  })),
  codec: recordCodec({ map: 'map' }, (input, at) => {
    if (!lipschitzOrThrow(input.map, `${at}.map`).lt(Rational.ONE)) throw new SpecError(`${at}.map`, 'needs Lipschitz constant < 1');
  }),
  check({ map }) {
    return fixedPointUniqueClaim.check({ map }, { screening: false, precisionCap: 24 });
  },
};

/** Fixed points of binary piecewise maps with at least two of them: x-coordinates, exact. */
function severalFixedPoints(map: MapSpec): Rational[] | undefined {
  const xs = pointXs(fixedPoints(map).sets);
  return xs && xs.length >= 2 ? xs : undefined;
}

/** Maps through chosen fixed points x1 < x2 (and the bumps between), so that most cases have several. */
const multiFixedPointMaps: fc.Arbitrary<MapSpec> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), unitRational(), unitRational(), unitRational())
  .map(([i, j, y0, ym, y1]) => {
    const [x1, x2] = [Rational.of(BigInt(Math.min(i, j)), 10n), Rational.of(BigInt(Math.max(i, j) + 1), 10n)];
    const mid = x1.add(x2).div(Rational.of(2));
    return { kind: 'binary-piecewise-linear' as const, points: [[Rational.ZERO, y0], [x1, x1], [mid, ym], [x2, x2], [Rational.ONE, y1]] as const };
  });

/** PP-04 (FALSE claim): "a strictly proper rule is indifferent between fixed points". */
export function indifferentBetweenFixedPointsClaim(rule: ScoringRule): Claim<{ map: MapSpec }> {
  return {
    id: `${rule.id}/indifferent-between-fixed-points`,
    statement: `Under ${rule.id}, all fixed points of a binary map have the same performative score Phi(p*) = G(p*).`,
    source: 'docs/mathematics.md PP-04',
    expect: 'refuted',
    arbitrary: multiFixedPointMaps.map((map) => ({ map })),
    codec: recordCodec({ map: 'map' }),
    check({ map }, ctx) {
      const xs = severalFixedPoints(map);
      if (!xs) return HOLDS_EXACT;
      const [a, b] = [xs[0]!, xs[xs.length - 1]!];
      const out = decide((F) => ({ lhs: objectiveAt(F, rule, map, binaryReport(a)), rhs: objectiveAt(F, rule, map, binaryReport(b)), relation: '=' }), ctx);
      return out.kind === 'refuted' ? { ...out, witness: { fixedPoints: [String(a), String(b)], G: out.witness } } : out;
    },
  };
}

/** PP-04 (holds): an interior fixed point, a convex combination of two others, is strictly beaten by one of them. */
export function prefersExtremeFixedPointsClaim(rule: ScoringRule): Claim<{ map: MapSpec }> {
  return {
    id: `${rule.id}/prefers-extreme-fixed-points`,
    statement: `Under ${rule.id}, for fixed points a < c < b of a binary map, max(Phi(a), Phi(b)) > Phi(c).`,
    source: 'docs/mathematics.md PP-04 (Oesterheld et al. 2023, App. B, Prop. 4)',
    expect: 'holds',
    arbitrary: multiFixedPointMaps.map((map) => ({ map })),
    codec: recordCodec({ map: 'map' }),
    check({ map }, ctx) {
      const xs = severalFixedPoints(map);
      if (!xs || xs.length < 3) return HOLDS_EXACT;
      const [a, b] = [xs[0]!, xs[xs.length - 1]!];
      for (const c of xs.slice(1, -1)) {
        const phi = <T,>(F: Parameters<typeof objectiveAt<T>>[0], x: Rational) => objectiveAt(F, rule, map, binaryReport(x));
        const out = decide((F) => ({ lhs: F.max(phi(F, a), phi(F, b)), rhs: phi(F, c), relation: '>' }), ctx);
        if (out.kind !== 'holds') return out.kind === 'refuted' ? { ...out, witness: { extremes: [String(a), String(b)], interior: String(c), G: out.witness } } : out;
      }
      return HOLDS_EXACT;
    },
  };
}
