import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { decodeMapSpec } from '../map/decodeMapSpec.ts';
import type { StochasticMatrixSpec } from '../map/MapSpec.ts';
import { optimalReports } from './optimalReports.ts';
import { exampleMaps } from '../map/exampleMaps.ts';

/**
 * Independent check of the face-KKT optimum (the documented examples): Phi(p) = 2 p^T A p - |p|^2 written
 * out by hand, the KKT conditions at the reported optimum, and a comparison against the optimum of
 * every vertex, every edge and the interior, each computed separately from the library.
 */
const R = (s: string | number) => Rational.of(s);
const sum = Rational.sum;

function phi(A: StochasticMatrixSpec, p: readonly Rational[]): Rational {
  const Ap = p.map((_, i) => sum(A.columns.map((col, j) => col[i]!.mul(p[j]!))));
  const norm = sum(p.map((x) => x.mul(x)));
  return sum(Ap.map((q, i) => q.mul(R(2).mul(p[i]!).sub(norm))));
}

/** grad of 2 p^T A p - p^T p: 2 (A + A^T) p - 2 p. */
function gradient(A: StochasticMatrixSpec, p: readonly Rational[]): Rational[] {
  const a = (i: number, j: number) => A.columns[j]![i]!;
  return p.map((pi, i) => R(2).mul(sum(p.map((pj, j) => a(i, j).add(a(j, i)).mul(pj)))).sub(R(2).mul(pi)));
}

/** Best value of a quadratic t -> q(t) on [0, 1] from three samples. */
function bestOnSegment(q: (t: Rational) => Rational): Rational {
  const [y0, y1, y2] = [q(R(0)), q(R('1/2')), q(R(1))];
  const c2 = y2.sub(R(2).mul(y1)).add(y0).mul(R(2));
  const c1 = y2.sub(y0).sub(c2);
  const candidates = [y0, y2];
  if (c2.sign() < 0) {
    const t = c1.neg().div(R(2).mul(c2));
    if (t.sign() > 0 && t.lt(R(1))) candidates.push(q(t));
  }
  return candidates.reduce((m, v) => Rational.max(m, v));
}

/** Interior critical point of Phi(x, y, 1 - x - y), by Cramer's rule on the exact Hessian. */
function interiorCandidate(A: StochasticMatrixSpec): Rational | undefined {
  const f = (x: Rational, y: Rational) => phi(A, [x, y, R(1).sub(x).sub(y)]);
  const c = f(R(0), R(0));
  const fx = f(R(1), R(0)).sub(f(R(-1), R(0))).div(R(2));
  const fy = f(R(0), R(1)).sub(f(R(0), R(-1))).div(R(2));
  const fxx = f(R(1), R(0)).add(f(R(-1), R(0))).sub(R(2).mul(c));
  const fyy = f(R(0), R(1)).add(f(R(0), R(-1))).sub(R(2).mul(c));
  const fxy = f(R(1), R(1)).sub(f(R(1), R(0))).sub(f(R(0), R(1))).add(c);
  const det = fxx.mul(fyy).sub(fxy.mul(fxy));
  if (det.isZero()) return undefined;
  const x = fy.mul(fxy).sub(fx.mul(fyy)).div(det);
  const y = fx.mul(fxy).sub(fy.mul(fxx)).div(det);
  const z = R(1).sub(x).sub(y);
  return x.sign() > 0 && y.sign() > 0 && z.sign() > 0 ? phi(A, [x, y, z]) : undefined;
}

function independentMax(A: StochasticMatrixSpec): Rational {
  const e = [0, 1, 2].map((i) => [0, 1, 2].map((k) => R(k === i ? 1 : 0)));
  const values = e.map((v) => phi(A, v));
  for (const [i, j] of [[0, 1], [0, 2], [1, 2]] as const) {
    values.push(bestOnSegment((t) => phi(A, e[i]!.map((v, k) => t.mul(v).add(R(1).sub(t).mul(e[j]![k]!))))));
  }
  const interior = interiorCandidate(A);
  if (interior) values.push(interior);
  return values.reduce((m, v) => Rational.max(m, v));
}

function checkKkt(A: StochasticMatrixSpec, p: readonly Rational[]): void {
  const g = gradient(A, p);
  const support = p.map((x, i) => (x.sign() > 0 ? i : -1)).filter((i) => i >= 0);
  const lambda = g[support[0]!]!;
  support.forEach((i) => expect(String(g[i])).toBe(String(lambda)));
  g.forEach((gi, i) => {
    if (!support.includes(i)) expect(gi.le(lambda)).toBe(true);
  });
}

const matrices: [string, StochasticMatrixSpec][] = [
  ['matrix3 (interior optimum)', exampleMaps.matrix3 as StochasticMatrixSpec],
  ...[
    [['9/10', '1/20', '1/20'], ['1/10', '4/5', '1/10'], ['1/4', '1/4', '1/2']],
    [['1/10', '9/10', '0'], ['0', '1/10', '9/10'], ['9/10', '0', '1/10']],
    [['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']],
    [['1/3', '1/3', '1/3'], ['1/3', '1/3', '1/3'], ['1/3', '1/3', '1/3']],
  ].map((columns, k): [string, StochasticMatrixSpec] => [`matrix #${k}`, decodeMapSpec({ kind: 'stochastic-matrix', columns }) as StochasticMatrixSpec]),
];

describe('3-outcome quadratic optimum, checked independently', () => {
  it.each(matrices)('%s', (_, A) => {
    const result = optimalReports(quadraticRule, A);
    if (result.method !== 'exact-kkt') throw new Error('expected exact KKT');
    expect(String(result.value)).toBe(String(independentMax(A)));
    for (const set of result.sets) {
      const points = set.kind === 'point' ? [set.point] : set.kind === 'segment' ? set.ends : set.kind === 'polytope' ? set.vertices : [];
      for (const p of points) {
        expect(String(phi(A, p))).toBe(String(result.value));
        checkKkt(A, p);
      }
    }
    // no point of a rational grid does better
    const d = 24;
    for (let i = 0; i <= d; i++) {
      for (let j = 0; i + j <= d; j++) {
        expect(phi(A, [R(i).div(R(d)), R(j).div(R(d)), R(d - i - j).div(R(d))]).le(result.value)).toBe(true);
      }
    }
  });

  it('matrix3: the exact optimum and the fixed point differ (PP-02 in three outcomes)', () => {
    const result = optimalReports(quadraticRule, exampleMaps.matrix3);
    expect(result.sets).toHaveLength(1);
    expect(result.sets[0]!.kind).toBe('point');
  });

  it('the uniform-columns map: every report sees f = u; the optimum is u with value 1/3', () => {
    const A = matrices[4]![1];
    const result = optimalReports(quadraticRule, A);
    if (result.method !== 'exact-kkt') throw new Error('expected exact KKT');
    expect(String(result.value)).toBe('1/3');
    expect(result.sets.map((s) => (s.kind === 'point' ? s.point.map(String) : s.kind))).toEqual([['1/3', '1/3', '1/3']]);
  });

  it('the identity map on 3 outcomes: the vertices tie (G = 1), three separate maximisers', () => {
    const result = optimalReports(quadraticRule, matrices[3]![1]);
    expect(result.sets).toHaveLength(3);
  });
});
