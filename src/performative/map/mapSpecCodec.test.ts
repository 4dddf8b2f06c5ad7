import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField } from '../../numbers/RationalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { SpecError } from '../../core/SpecError.ts';
import { decodeMapSpec } from './decodeMapSpec.ts';
import { encodeMapSpec } from './encodeMapSpec.ts';
import { evaluateMap } from './evaluateMap.ts';
import { mapSpecArbitrary } from './mapSpecArbitrary.ts';
import { mapOutcomes, isRationalMap } from './mapOutcomes.ts';

const errorOf = (json: unknown) => {
  try {
    decodeMapSpec(json);
  } catch (e) {
    if (e instanceof SpecError) return e.message;
    throw e;
  }
  return 'no error';
};

describe('map spec codec', () => {
  it('round-trips every generated spec, and f maps the simplex into itself', () => {
    fc.assert(
      fc.property(mapSpecArbitrary(), fc.nat({ max: 12 }), (spec, k) => {
        const json = encodeMapSpec(spec);
        expect(encodeMapSpec(decodeMapSpec(JSON.parse(JSON.stringify(json))))).toEqual(json);
        if (!isRationalMap(spec)) return;
        const n = mapOutcomes(spec);
        const p = Array.from({ length: n }, (_, i) => (i === 0 ? Rational.of(BigInt(k), 12n) : i === 1 ? Rational.of(BigInt(12 - k), 12n) : Rational.ZERO));
        const q = evaluateMap(RationalField, spec, p);
        expect(q.every((v) => v.sign() >= 0)).toBe(true);
        expect(Rational.sum(q).equals(Rational.ONE)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [{ kind: 'stochastic-matrix', columns: [['1/2', '1/2'], ['1/2', '1/2', '0']] }, 'map.columns[1]: has 3 entries, expected 2 (one per outcome)'],
    [{ kind: 'stochastic-matrix', columns: [['1/2', '1/2'], ['1/2', '3/2']] }, 'map.columns[1][1]: must lie in [0, 1], got 3/2'],
    [{ kind: 'stochastic-matrix', columns: [['1/2', '1/4'], ['1/2', '1/2']] }, 'map.columns[0]: entries sum to 3/4, not 1 (a column is f(e_0))'],
    [{ kind: 'binary-piecewise-linear', points: [['0', '1'], ['1/2', '0'], ['1/2', '1'], ['1', '0']] }, 'map.points[2][0]: x must increase strictly: 1/2 after 1/2'],
    [{ kind: 'binary-piecewise-linear', points: [['1/10', '1'], ['1', '0']] }, 'map.points[0][0]: first x must be 0, got 1/10'],
    [{ kind: 'binary-piecewise-linear', points: [['0', '1'], ['9/10', '0']] }, 'map.points[1][0]: last x must be 1, got 9/10'],
    [{ kind: 'binary-piecewise-linear', points: [['0', '1'], ['1', '-1/2']] }, 'map.points[1][1]: must lie in [0, 1], got -1/2'],
    [{ kind: 'step', treshold: '1/2', below: '0', above: '1' }, 'map.treshold: unknown field (expected one of kind, threshold, below, above)'],
    [{ kind: 'logistic', a: 'x', b: '1' }, 'map.a: not a rational number: "x"'],
    [{ kind: 'mixture', weights: ['1/2', '1/3'], components: [{ kind: 'logistic', a: 0, b: 1 }, { kind: 'logistic', a: 0, b: 1 }] }, 'map.weights: weights sum to 5/6, not 1'],
    [{ kind: 'mixture', weights: ['1/2', '1/2'], components: [{ kind: 'logistic', a: 0, b: 1 }, { kind: 'stochastic-matrix', columns: [['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']] }] }, 'map.components[1]: acts on 3 outcomes, component 0 on 2'],
    [{ kind: 'affine' }, 'map.kind: expected one of stochastic-matrix, binary-piecewise-linear, affine-clipped, step, logistic, mixture, got "affine"'],
  ])('rejects %j', (json, message) => {
    expect(errorOf(json)).toBe(message);
  });

  it('refuses sizes above MAP_LIMITS in one line naming the field, the size and the limit, before reading the entries', () => {
    const points = Array.from({ length: 200_001 }, (_, i) => [String(i), 'oops']);
    expect(errorOf({ kind: 'binary-piecewise-linear', points })).toMatch(/^map\.points: 200001 points exceed the limit of 200000 /);
    const columns = Array.from({ length: 17 }, () => []);
    expect(errorOf({ kind: 'stochastic-matrix', columns })).toMatch(/^map\.columns: 17 outcomes exceed the limit of 16 /);
    const half = Array.from({ length: 100_001 }, (_, i) => [`${i}/100000`, '0']);
    const component = { kind: 'binary-piecewise-linear', points: half };
    expect(errorOf({ kind: 'mixture', weights: ['1/2', '1/2'], components: [component, component] })).toMatch(/^map\.components: 200002 points in all exceed the limit of 200000 /);
  });
});
