import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { definiteness, quadraticForm } from './definiteness.ts';

const matrix = (rows: number[][]) => rows.map((r) => r.map((x) => Rational.of(x)));

describe('definiteness (exact LDL^T with witnesses)', () => {
  it('positive definite: the Hessian 2 (I + 1 1^T) of quadratic G on the hull of the 3-simplex', () => {
    expect(definiteness(matrix([[4, 2], [2, 4]])).kind).toBe('definite');
  });

  it('semidefinite with a null direction, indefinite with a negative one (also behind a zero pivot)', () => {
    const psd = matrix([[1, 1], [1, 1]]);
    const r = definiteness(psd);
    expect(r.kind).toBe('semidefinite');
    if (r.kind !== 'definite') expect(quadraticForm(psd, r.direction).isZero()).toBe(true);
    for (const rows of [[[1, 2], [2, 1]], [[0, 1], [1, 0]], [[2, 1, 0], [1, 1, 3], [0, 3, 1]]]) {
      const M = matrix(rows);
      const s = definiteness(M);
      expect(s.kind).toBe('indefinite');
      if (s.kind !== 'definite') expect(quadraticForm(M, s.direction).sign()).toBe(-1);
    }
  });
});
