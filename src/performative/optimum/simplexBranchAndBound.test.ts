import { describe, expect, it } from 'vitest';
import { certifiedBounds } from '../../certify/evaluate.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { StochasticMatrixSpec } from '../map/MapSpec.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { optimalReports } from './optimalReports.ts';
import { simplexBranchAndBound } from './simplexBranchAndBound.ts';

const r = (s: string) => Rational.of(s);
const matrix = (columns: string[][]): StochasticMatrixSpec => ({ kind: 'stochastic-matrix', columns: columns.map((c) => c.map(r)) });
const RANDOM_3: string[][][] = [
  [['3/5', '1/5', '1/5'], ['1/10', '7/10', '1/5'], ['3/10', '3/10', '2/5']],
  [['1/2', '1/2', '0'], ['1/4', '1/4', '1/2'], ['0', '1/3', '2/3']],
  [['9/10', '1/20', '1/20'], ['0', '1', '0'], ['1/3', '1/3', '1/3']],
];
const inside = (p: readonly Rational[], piece: { lo: readonly Rational[]; hi: readonly Rational[] }) => p.every((c, i) => piece.lo[i]!.le(c) && c.le(piece.hi[i]!));

describe('simplexBranchAndBound: certified optimum of Phi on n outcomes for any rule', () => {
  it('contains the exact KKT optimum of the Brier score (the method does not use the quadratic trait)', () => {
    const quadratic = ruleById('quadratic').rule;
    for (const columns of RANDOM_3) {
      const spec = matrix(columns);
      const exact = optimalReports(quadratic, spec);
      if (!('value' in exact)) throw new Error('expected the exact KKT');
      const bb = simplexBranchAndBound(quadratic, spec);
      expect(bb.lower.le(exact.value) && exact.value.le(bb.upper)).toBe(true);
      for (const set of exact.sets) if (set.kind === 'point') expect(bb.pieces.some((p) => inside(set.point, p))).toBe(true);
    }
  });

  it('a vertex optimum comes out as that exact vertex (Phi = p.q, q = (1/2, 1/4, 1/4))', () => {
    const bb = simplexBranchAndBound(ruleById('quadratic').rule, matrix([['3/4', '1/8', '1/8'], ['1/4', '5/8', '1/8'], ['1/4', '1/8', '5/8']]));
    expect(bb.pieces).toHaveLength(1);
    expect(bb.pieces[0]).toMatchObject({ kind: 'point', lo: [Rational.ONE, Rational.ZERO, Rational.ZERO] });
  });

  it('the logarithmic and spherical scores: no certified value on a grid exceeds the upper bound, and the witness attains the lower', () => {
    for (const id of ['logarithmic', 'spherical']) {
      const rule = ruleById(id).rule;
      const spec = matrix(RANDOM_3[0]!);
      const bb = simplexBranchAndBound(rule, spec);
      expect(bb.exhausted).toBe(false);
      expect(bb.upper.sub(bb.lower).lt(r('1/1000000'))).toBe(true);
      const width = Math.max(...bb.pieces.flatMap((p) => p.lo.map((a, i) => p.hi[i]!.sub(a).toNumber())));
      expect(width).toBeLessThan(1e-6);
      const d = 24;
      for (let i = 1; i < d; i++) {
        for (let j = 1; i + j < d; j++) {
          const p = [i, j, d - i - j].map((k) => Rational.of(BigInt(k), BigInt(d)));
          expect(certifiedBounds((F) => objectiveAt(F, rule, spec, p), 24)[0].le(bb.upper)).toBe(true);
        }
      }
      expect(certifiedBounds((F) => objectiveAt(F, rule, spec, bb.witness), 24)[1].ge(bb.lower)).toBe(true);
    }
  });
});
