import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dualField } from '../../numbers/Dual.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { binaryPieces, piecesMeeting } from './binaryPieces.ts';
import { binaryScorePolynomials } from './binaryScorePolynomials.ts';
import { evaluateBinary } from './evaluateMap.ts';
import { exampleMaps } from './exampleMaps.ts';
import type { MapSpec } from './MapSpec.ts';
import { piecewiseLinearArbitrary, unitRational } from './mapSpecArbitrary.ts';

const R = (s: string) => Rational.of(s);
/** Any rational in [-1/2, 3/2]: inside the map's domain, at its breakpoints, and outside (the chain's ends). */
const point = fc.tuple(fc.integer({ min: -50, max: 150 }), fc.integer({ min: 1, max: 100 })).map(([n, d]) => Rational.of(BigInt(n), BigInt(d)));

describe('evaluateBinary at an exact x: bisection gives the chain of lines term for term', () => {
  it('random piecewise-linear maps, x inside, at breakpoints and outside [0, 1]', () => {
    const D = dualField(RationalField);
    fc.assert(
      fc.property(piecewiseLinearArbitrary(12), point, (spec, x) => {
        // The dual field runs the generic chain (its values are not Rationals); the value part is the same formula.
        const chain = evaluateBinary(D, spec, D.variable(x, Rational.ZERO)).v;
        expect(String(evaluateBinary(RationalField, spec, x))).toBe(String(chain));
        for (const [bx] of spec.kind === 'binary-piecewise-linear' ? spec.points : []) {
          expect(String(evaluateBinary(RationalField, spec, bx))).toBe(String(evaluateBinary(D, spec, D.variable(bx, Rational.ZERO)).v));
        }
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});

describe('binaryPieces of a piecewise-linear map, built from its points', () => {
  it('PP-13: slope 97/100 below 4/5, constant 4/5 above', () => {
    const pieces = binaryPieces(exampleMaps.pp13)!;
    expect(pieces.map((p) => (p.kind === 'point' ? `${p.x}:${p.value}` : `${p.intercept}+${p.slope}x`))).toEqual(['0:3/125', '3/125+97/100x', '4/5:4/5', '4/5+0x', '1:4/5']);
  });

  it('agree with the map at every breakpoint and inside every piece, and are built once per spec', () => {
    fc.assert(
      fc.property(piecewiseLinearArbitrary(12), (spec: MapSpec) => {
        const pieces = binaryPieces(spec)!;
        expect(binaryPieces(spec)).toBe(pieces);
        for (const p of pieces) {
          if (p.kind === 'point') expect(String(p.value)).toBe(String(evaluateBinary(RationalField, spec, p.x)));
          else {
            const mid = p.lo.add(p.hi).div(R('2'));
            expect(String(p.intercept.add(p.slope.mul(mid)))).toBe(String(evaluateBinary(RationalField, spec, mid)));
          }
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('piecesMeeting: bisection finds exactly the pieces a linear scan finds', () => {
  it('random maps and boxes [a, b] (points included)', () => {
    fc.assert(
      fc.property(piecewiseLinearArbitrary(12), unitRational(), unitRational(), fc.boolean(), (spec, u, v, degenerate) => {
        const pieces = binaryPieces(spec)!;
        const [a, b] = degenerate ? [u, u] : [Rational.min(u, v), Rational.max(u, v)];
        const scan = pieces.filter((p) => (p.kind === 'point' ? p.x.ge(a) && p.x.le(b) : p.lo.lt(b) && p.hi.gt(a)));
        expect(piecesMeeting(pieces, a, b)).toEqual(scan);
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});

describe('binaryScorePolynomials (docs/mathematics.md PP-07)', () => {
  it('quadratic rule: S(x, 1) = 1 - 2x^2 and D = S(x, 0) - S(x, 1) = -2 + 4x', () => {
    const { second, difference } = binaryScorePolynomials(quadraticRule);
    expect(second.map(String)).toEqual(['1', '0', '-2']);
    expect(difference.map(String)).toEqual(['-2', '4', '0']);
  });
});
