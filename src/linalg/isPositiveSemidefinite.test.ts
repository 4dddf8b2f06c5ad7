import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { congruence, isNegativeSemidefinite, isPositiveSemidefinite } from './isPositiveSemidefinite.ts';

const m = (rows: (number | string)[][]) => rows.map((r) => r.map((v) => Rational.of(String(v))));

describe('isPositiveSemidefinite (exact LDL^T)', () => {
  it('accepts definite and singular PSD matrices, exactly', () => {
    expect(isPositiveSemidefinite(m([[2, -1], [-1, 2]]))).toBe(true);
    expect(isPositiveSemidefinite(m([[1, 1], [1, 1]]))).toBe(true); // eigenvalues 0 and 2
    expect(isPositiveSemidefinite(m([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))).toBe(true);
    expect(isPositiveSemidefinite(m([]))).toBe(true);
  });

  it('rejects indefinite matrices, including a zero pivot with a non-zero row', () => {
    expect(isPositiveSemidefinite(m([[1, 2], [2, 1]]))).toBe(false); // eigenvalues 3 and -1
    expect(isPositiveSemidefinite(m([[0, 1], [1, 5]]))).toBe(false);
    expect(isPositiveSemidefinite(m([[1, 1], [1, '1/1000000000000000000000001']]))).toBe(false); // det < 0 by 1e-24
  });

  it('NSD is PSD of the negation', () => {
    expect(isNegativeSemidefinite(m([[-2, 1], [1, -2]]))).toBe(true);
    expect(isNegativeSemidefinite(m([[-1, 2], [2, -1]]))).toBe(false);
  });

  it('congruence P^T M P restricts a form to a subspace', () => {
    // M = diag(1, -1): on span{(1, 1)} the form is 0, on span{(1, 0)} it is 1.
    expect(congruence(m([[1, 0], [0, -1]]), m([[1], [1]])).map((r) => r.map(String))).toEqual([['0']]);
    expect(congruence(m([[1, 0], [0, -1]]), m([[1, 0], [0, 1]])).map((r) => r.map(String))).toEqual([['1', '0'], ['0', '-1']]);
  });
});
