import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import type { StochasticMatrixSpec } from '../performative/map/MapSpec.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { DEFAULT_OPTIMUM } from './experimentSpecCodec.ts';
import { generateInstance } from './generateInstance.ts';
import { matrixInstance } from './matrixInstance.ts';
import { quantitiesOf } from './quantities.ts';
import type { QuantityValue } from './QuantityValue.ts';

const r = (s: string) => Rational.of(s);
const matrix = (columns: string[][]): StochasticMatrixSpec => ({ kind: 'stochastic-matrix', columns: columns.map((c) => c.map(r)) });
const quadratic = ruleById('quadratic').rule;
const ALL = quantitiesOf('random-stochastic-matrix');
const run = (spec: StochasticMatrixSpec) => matrixInstance(quadratic, spec, ALL, DEFAULT_OPTIMUM).values;

/** The value is the root of exactly `square`, and its certified bounds contain a float estimate of that root. */
function expectRoot(v: QuantityValue | undefined, square: string) {
  expect(v?.kind).toBe('number');
  if (v?.kind !== 'number') return;
  expect(v.square).toBe(square);
  const root = Math.sqrt(r(square).toNumber());
  expect(r(v.lo).toNumber()).toBeLessThanOrEqual(root * (1 + 1e-15));
  expect(r(v.hi).toNumber()).toBeGreaterThanOrEqual(root * (1 - 1e-15));
  expect(r(v.hi).sub(r(v.lo)).toNumber()).toBeLessThan(1e-25);
}

describe('matrixInstance: hand-checked instances (Brier score, Phi(p) = 2 p.Ap - |p|^2)', () => {
  it('2 outcomes: f(x) = 1/2 + x/4 has x* = 2/3 and Phi\' = 3/2 - 2x, so x^ = 3/4 (worked by hand)', () => {
    // Columns (3/4, 1/4) and (1/2, 1/2): f(p)_0 = 3/4 x + 1/2 (1 - x) = 1/2 + x/4.
    const v = run(matrix([['3/4', '1/4'], ['1/2', '1/2']]));
    expectRoot(v['distanceToFixedPoint'], '1/72'); // (3/4 - 2/3, 2/3 - 3/4): 2 (1/12)^2
    expectRoot(v['inaccuracy'], '1/128'); // f(3/4) = 11/16: 2 (1/16)^2
    expectRoot(v['optimumToUniform'], '1/8'); // 2 (1/4)^2
    expectRoot(v['fixedPointToUniform'], '1/18'); // 2 (1/6)^2
    expect(v['optimumValue']).toEqual({ kind: 'number', lo: '9/16', hi: '9/16', exact: '9/16' });
    expect(v['optimumLocation']).toEqual({ kind: 'category', value: 'interior' });
    expect(v['concave']).toEqual({ kind: 'boolean', value: true }); // Phi'' = -2
    expect(v['fixedPointCount']).toEqual({ kind: 'category', value: '1' });
    // On T = span (1, -1), A (1, -1) = (3/4 - 1/2) (1, -1): ||A||_T = 1/4.
    const t = v['tangentNorm'];
    expect(t?.kind === 'number' && r(t.lo).le(r('1/4')) && r(t.hi).ge(r('1/4')) && r(t.hi).sub(r(t.lo)).lt(r('1/1000000000'))).toBe(true);
  });

  it('3 outcomes: A p = (p + q)/2 makes Phi = p.q linear, so the optimum is the vertex of the largest q_i', () => {
    // q = (1/2, 1/4, 1/4): columns (e_j + q)/2; Phi(p) = p.p + p.q - p.p = p.q, maximal only at e_0.
    const v = run(matrix([['3/4', '1/8', '1/8'], ['1/4', '5/8', '1/8'], ['1/4', '1/8', '5/8']]));
    expect(v['optimumLocation']).toEqual({ kind: 'category', value: 'vertex' });
    expect(v['optimumValue']).toMatchObject({ exact: '1/2' });
    expectRoot(v['distanceToFixedPoint'], '3/8'); // p* = q: |e_0 - q|^2 = 1/4 + 1/16 + 1/16
    expectRoot(v['inaccuracy'], '3/32'); // p - A p = (p - q)/2
    expect(v['concave']).toEqual({ kind: 'boolean', value: true }); // linear: concave (not strictly)
    // ||A||_T = 1/2: A x = x/2 on T.
    const t = v['tangentNorm'];
    expect(t?.kind === 'number' && r(t.lo).le(r('1/2')) && r(t.hi).ge(r('1/2'))).toBe(true);
  });

  it('A = I: a continuum of fixed points (the whole simplex) and three tied vertex optima, without error', () => {
    const v = run(matrix([['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']]));
    expect(v['fixedPointCount']).toEqual({ kind: 'category', value: 'continuum' });
    expect(v['optimumLocation']).toEqual({ kind: 'category', value: 'several' }); // Phi = |p|^2: every vertex, value 1
    expect(v['concave']).toEqual({ kind: 'boolean', value: false });
    expect(v['distanceToFixedPoint']).toMatchObject({ lo: '0', hi: '0' }); // every optimal vertex is a fixed point
    expect(v['inaccuracy']).toMatchObject({ lo: '0', hi: '0' });
    expect(v['fixedPointToUniform']).toMatchObject({ lo: '0', hi: '0' }); // u is a fixed point
    // ||e_i - u||^2 = 2/3 at every optimal vertex: the range over the three is that one value.
    expectRoot(v['optimumToUniform'], '2/3');
    const t = v['tangentNorm'];
    expect(t?.kind === 'number' && r(t.lo).le(Rational.ONE) && r(t.hi).ge(Rational.ONE)).toBe(true);
  });

  it('a constant map: Phi = 2 p.q - |p|^2 is maximal at p = q, and A = q 1^T has ||A||_T = 0 exactly', () => {
    const v = run(matrix([['1/5', '3/10', '1/2'], ['1/5', '3/10', '1/2'], ['1/5', '3/10', '1/2']]));
    expect(v['distanceToFixedPoint']).toMatchObject({ exact: '0' });
    expect(v['inaccuracy']).toMatchObject({ exact: '0' });
    expect(v['tangentNorm']).toMatchObject({ exact: '0' });
  });
});

describe('matrixInstance against independent computations (random instances of many-outcome-brier)', () => {
  const family = { kind: 'random-stochastic-matrix', outcomes: 3, grid: 1000 } as const;
  /** Phi written out directly (not through the rule object): 2 p.Ap - |p|^2. */
  const phi = (spec: StochasticMatrixSpec, p: readonly Rational[]) => {
    const Ap = p.map((_, i) => Rational.sum(spec.columns.map((c, j) => c[i]!.mul(p[j]!))));
    return Rational.sum(p.map((pi, i) => pi.mul(Ap[i]!).mul(Rational.of(2)).sub(pi.mul(pi))));
  };
  /** The points (i, j, d - i - j) / d of the 3-outcome simplex. */
  const grid = (d: number): Rational[][] =>
    Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 - i }, (_, j) => [i, j, d - i - j].map((k) => Rational.of(BigInt(k), BigInt(d))))).flat();

  it('the exact maximum is at least Phi on a fine grid, and a non-concave instance has its optimum at a vertex that the grid finds', () => {
    let nonConcaveVertex = 0;
    for (let k = 1; k <= 60; k++) {
      const g = generateInstance(family, 1, k);
      if (g.kind !== 'stochastic-matrix') throw new Error('family');
      const res = matrixInstance(quadratic, g.map, ALL, DEFAULT_OPTIMUM);
      const value = Rational.of((res.values['optimumValue'] as { exact: string }).exact);
      const points = grid(30);
      const best = points.reduce((m, p) => Rational.max(m, phi(g.map, p)), phi(g.map, points[0]!));
      expect(best.le(value)).toBe(true);
      const opt = (res.details['optimum'] as { sets: { point?: string[] }[] }).sets;
      if (opt.length === 1 && opt[0]!.point) expect(phi(g.map, opt[0]!.point.map(r)).equals(value)).toBe(true);
      if (res.values['concave']?.kind === 'boolean' && !res.values['concave'].value && res.values['optimumLocation']?.kind === 'category' && res.values['optimumLocation'].value === 'vertex') {
        nonConcaveVertex++;
        expect(best.equals(value)).toBe(true); // a vertex is on every grid
      }
    }
    expect(nonConcaveVertex).toBeGreaterThan(0); // the sample holds such instances (seed 1: instances are fixed)
  });

  it('the fixed point solves A p = p with sum p = 1', () => {
    for (let k = 1; k <= 20; k++) {
      const g = generateInstance({ kind: 'random-stochastic-matrix', outcomes: 5, grid: 1000 }, 7, k);
      if (g.kind !== 'stochastic-matrix') throw new Error('family');
      const details = matrixInstance(quadratic, g.map, ['fixedPointCount'], DEFAULT_OPTIMUM).details;
      const [p] = (details['fixedPoints'] as { vertices: string[][] }).vertices.map((v) => v.map(r));
      const Ap = p!.map((_, i) => Rational.sum(g.map.columns.map((c, j) => c[i]!.mul(p![j]!))));
      expect(Ap.every((x, i) => x.equals(p![i]!))).toBe(true);
      expect(Rational.sum(p!).equals(Rational.ONE)).toBe(true);
    }
  });
});
