import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { onSimplex, projectToSimplex } from './projectToSimplex.ts';

const q = (xs: string[]) => xs.map((x) => Rational.of(x));
const show = (xs: Rational[]) => xs.map(String);

describe('projectToSimplex (exact Euclidean projection)', () => {
  it('worked examples', () => {
    // (1/2, 1/2, 1/2): theta = (3/2 - 1)/3 = 1/6, so every coordinate is 1/3.
    expect(show(projectToSimplex(q(['1/2', '1/2', '1/2'])))).toEqual(['1/3', '1/3', '1/3']);
    // (2, 0): rho = 1, theta = 1: the vertex (1, 0).
    expect(show(projectToSimplex(q(['2', '0'])))).toEqual(['1', '0']);
    // (7/8, 3/8, -1/4): rho = 2, theta = (7/8 + 3/8 - 1)/2 = 1/8: (3/4, 1/4, 0).
    expect(show(projectToSimplex(q(['7/8', '3/8', '-1/4'])))).toEqual(['3/4', '1/4', '0']);
  });
  it('is the identity on the simplex and lands on it', () => {
    expect(show(projectToSimplex(q(['1/5', '3/10', '1/2'])))).toEqual(['1/5', '3/10', '1/2']);
    expect(onSimplex(projectToSimplex(q(['5', '-3', '1/7'])))).toBe(true);
  });
  it('with a floor delta it projects onto {p >= delta}', () => {
    // (2, 0) with delta = 1/10: 1/10 + (4/5) (1, 0) = (9/10, 1/10).
    expect(show(projectToSimplex(q(['2', '0']), Rational.of('1/10')))).toEqual(['9/10', '1/10']);
  });
});
