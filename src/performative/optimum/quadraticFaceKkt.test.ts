import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Matrix, matVec } from '../../linalg/linearAlgebra.ts';
import { inPolytope, polytopeVertices } from '../../linalg/polytopeVertices.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { smallDistribution } from '../map/mapSpecArbitrary.ts';
import type { StochasticMatrixSpec } from '../map/MapSpec.ts';
import { concaveMaximiser } from './_internals/concaveActiveSet.ts';
import { tangentCurvature } from './tangentCurvature.ts';
import { enumerateFaces, formValue, maximiseQuadraticForm, quadraticFormOf } from './quadraticFaceKkt.ts';

const R = (s: string | number) => Rational.of(s);
const diag = (xs: number[]): Matrix => xs.map((x, i) => xs.map((_, j) => (i === j ? R(x) : R(0))));

/**
 * The enumeration the optimum used before (every face, every sub-support of every face: 3^n solves),
 * kept here as the reference: maximal critical polytopes of the largest value, in face order.
 */
function reference(H: Matrix): { value: string; sets: string[][][] } {
  const n = H.length;
  const found: { vertices: Rational[][]; value: Rational; support: number[]; M: Rational[][]; e: Rational[] }[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const support = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    const M = [...support.slice(1).map((i) => support.map((j) => H[i]![j]!.sub(H[support[0]!]![j]!))), support.map(() => R(1))];
    const e = [...support.slice(1).map(() => R(0)), R(1)];
    const local = polytopeVertices(M, e);
    if (!local.length) continue;
    const vertices = local.map((x) => Array.from({ length: n }, (_, i) => (support.includes(i) ? x[support.indexOf(i)]! : R(0))));
    found.push({ vertices, value: formValue(H, vertices[0]!), support, M, e });
  }
  const value = found.reduce((m, c) => Rational.max(m, c.value), found[0]!.value);
  const best = found.filter((c) => c.value.equals(value));
  const inside = (o: (typeof best)[0], c: (typeof best)[0]) => c.vertices.every((v) => v.every((x, i) => x.isZero() || o.support.includes(i)) && inPolytope(o.M, o.e, o.support.map((i) => v[i]!)));
  const sets = best.filter((c, k) => !best.some((d, l) => l !== k && inside(d, c) && (!inside(c, d) || l < k)));
  return { value: String(value), sets: sets.map((s) => s.vertices.map((v) => v.map(String))) };
}

/** Stochastic matrices, and two degenerate families: A = (I + u 1^T)/2 (Phi linear under the quadratic rule) and A = I. */
const matrices = (n: number) =>
  fc.array(smallDistribution(n), { minLength: n, maxLength: n }).chain((cols) =>
    fc.constantFrom(
      cols,
      cols.map((_, j) => cols[0]!.map((x, i) => x.div(R(2)).add(i === j ? R('1/2') : R(0)))),
      cols.map((_, j) => cols.map((__, i) => (i === j ? R(1) : R(0)))),
    ),
  );

describe('tangentCurvature (the second-order condition on a face)', () => {
  it('the examples: |p|^2 is convex along an edge, -|p|^2 concave, a constant flat', () => {
    expect(tangentCurvature(diag([1, 1]), [0, 1])).toBe('indefinite');
    expect(tangentCurvature(diag([-1, -1]), [0, 1])).toBe('negative-definite');
    expect(tangentCurvature([[R(1), R(1)], [R(1), R(1)]], [0, 1])).toBe('negative-semidefinite');
    expect(tangentCurvature(diag([-1, -1, 5]), [0, 1])).toBe('negative-definite'); // the face ignores the third coordinate
    expect(tangentCurvature(diag([-1, -1, 5]), [0, 1, 2])).toBe('indefinite');
  });
});

describe('maximiseQuadraticForm: the argmax over the simplex (docs/mathematics.md §9)', () => {
  it.each(['quadratic', 'ranked-probability', 'linear'])('%s: both routes (and the concave-face enumeration they fall back on) give the value and sets of the enumeration of every face (n = 2..6)', (id) => {
    const rule = ruleById(id).rule;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain(matrices), (columns) => {
        const spec: StochasticMatrixSpec = { kind: 'stochastic-matrix', columns };
        const H = quadraticFormOf(columns.length, (p) => objectiveAt(RationalField, rule, spec, p));
        const expected = reference(H);
        for (const result of [maximiseQuadraticForm(H), enumerateFaces(H)]) {
          expect({ value: String(result.value), sets: result.sets.map((s) => s.vertices.map((v) => v.map(String))) }).toEqual(expected);
        }
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it('concave Phi: one active-set walk ending at a KKT point; convex Phi: every vertex, found below the indefinite faces', () => {
    // f(p) = u for every p: Phi = 2 <p, u> - |p|^2 is strictly concave, maximised at u.
    const u = ['1/2', '1/3', '1/6'].map(R);
    const constant: StochasticMatrixSpec = { kind: 'stochastic-matrix', columns: [u, u, u] };
    const H = quadraticFormOf(3, (p) => objectiveAt(RationalField, ruleById('quadratic').rule, constant, p));
    const concave = maximiseQuadraticForm(H);
    expect([concave.method, concave.sets.map((s) => s.vertices.map((v) => v.map(String)))]).toEqual(['concave-active-set', [[['1/2', '1/3', '1/6']]]]);
    const convex = maximiseQuadraticForm(diag([1, 1, 1]));
    expect([convex.method, convex.sets.length, String(convex.value)]).toEqual(['maximal-concave-faces', 3, '1']);
  });
});

describe('concaveMaximiser: KKT points of concave forms', () => {
  it('random negative semidefinite forms -G^T G plus a linear part: (H p)_i = max on the support', () => {
    const entry = fc.integer({ min: -4, max: 4 }).map((k) => R(k));
    const forms = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.tuple(fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: 1, maxLength: n }), fc.array(entry, { minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(forms, ([G, c]) => {
        const n = c.length;
        // p^T H p with H = -G^T G + (c 1^T + 1 c^T)/2 is -|G p|^2 + <c, p> on the simplex.
        const H = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => Rational.sum(G.map((row) => row[i]!.mul(row[j]!))).neg().add(c[i]!.add(c[j]!).div(R(2)))),
        );
        const p = concaveMaximiser(H, 200)!;
        expect(p).toBeDefined();
        expect(Rational.sum(p).equals(R(1)) && p.every((x) => x.sign() >= 0)).toBe(true);
        const g = matVec(H, p);
        const top = g.reduce((m, x) => Rational.max(m, x));
        p.forEach((x, i) => x.sign() > 0 && expect(String(g[i])).toBe(String(top)));
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
