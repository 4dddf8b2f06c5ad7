import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { decodeMapSpec } from '../map/decodeMapSpec.ts';
import { exampleMaps } from '../map/exampleMaps.ts';
import type { StochasticMatrixSpec } from '../map/MapSpec.ts';
import { identityAtEveryOptimumClaim, matrixBoundClaim, normTSquared } from './matrixBoundClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const claim = matrixBoundClaim(quadraticRule);
const matrix = (columns: string[][]) => decodeMapSpec({ kind: 'stochastic-matrix', columns }) as StochasticMatrixSpec;

describe('PP-09: Brier with n outcomes and f = A p (docs/mathematics.md PP-09 worked examples)', () => {
  it('||A||_T = 1/3 for examples/maps/stochastic-matrix-3.json (singular values 1/3 and 1/10 on T), exactly', () => {
    expect(normTSquared(exampleMaps.matrix3 as StochasticMatrixSpec)(RationalField).toString()).toBe('1/9');
  });
  it('the worked example satisfies the identity and both bounds (optimum (7/24, 23/48, 11/48))', () => {
    expect(claim.check({ map: exampleMaps.matrix3 }, ctx).kind).toBe('holds');
  });
  it('the tight family alpha I + (1 - alpha) p* 1^T (p* = (1/2, 1/4, 1/4), alpha = 1/4) meets both bounds with equality', () => {
    const tight = matrix([['5/8', '3/16', '3/16'], ['3/8', '7/16', '3/16'], ['3/8', '3/16', '7/16']]);
    expect(normTSquared(tight)(RationalField).toString()).toBe('1/16');
    expect(claim.check({ map: tight }, ctx).kind).toBe('holds');
  });
  it('fails for a deliberately wrong input: a matrix whose columns do not sum to 1, which the codec rejects', () => {
    const wrong = { kind: 'stochastic-matrix' as const, columns: [['1/2', '1/4', '1/4'], ['1/5', '3/5', '1/5'], ['1/3', '1/3', '2/3']].map((c) => c.map((x) => Rational.of(x))) };
    expect(claim.check({ map: wrong }, ctx).kind).toBe('refuted');
    expect(() => claim.codec.decode({ map: { kind: 'stochastic-matrix', columns: [['1/2', '1/4', '1/4'], ['1/5', '3/5', '1/5'], ['1/3', '1/3', '2/3']] } }, 'input')).toThrow(/input\.map/);
  });
  it('the identity fails at an optimum on a face (the identity map: every vertex is optimal)', () => {
    expect(identityAtEveryOptimumClaim(quadraticRule).check({ map: matrix([['1', '0'], ['0', '1']]) }, ctx).kind).toBe('refuted');
  });
});
