import { Rational } from '../../numbers/Rational.ts';
import { decodeMapSpec } from './decodeMapSpec.ts';
import type { MapSpec } from './MapSpec.ts';

/** Worked-example maps of docs/mathematics.md, decoded from their JSON form (shared by the unit tests). */
export const exampleMaps = {
  /** PP-02 / SR-07: f(p) = 1/4 + (p - 1/4)/4. */
  pp02: spec({ kind: 'affine-clipped', a: '3/16', b: '1/4' }),
  /** PP-13: slope 97/100 below 4/5, constant 4/5 above. */
  pp13: spec({ kind: 'binary-piecewise-linear', points: [['0', '3/125'], ['4/5', '4/5'], ['1', '4/5']] }),
  /** PP-14: steep f (L = 10), unique fixed point 4/11. */
  pp14: spec({ kind: 'binary-piecewise-linear', points: [['0', '1'], ['3/10', '1'], ['2/5', '0'], ['1', '0']] }),
  /** PP-04 "bank run": fixed points 1/10, 3/5, 9/10. */
  bankRun: spec({
    kind: 'binary-piecewise-linear',
    points: [['0', '1/20'], ['1/10', '1/10'], ['7/20', '1/5'], ['3/5', '3/5'], ['3/4', '4/5'], ['9/10', '9/10'], ['1', '9/10']],
  }),
  /** SG-03: clip(3/2 - 2p, 0, 1). */
  sg03: spec({ kind: 'affine-clipped', a: '3/2', b: '-2' }),
  identity: spec({ kind: 'binary-piecewise-linear', points: [['0', '0'], ['1', '1']] }),
  /** Discontinuous, no fixed point: f = 3/4 below 1/2, 1/4 from 1/2 on. */
  noFixedPoint: spec({ kind: 'step', threshold: '1/2', below: '3/4', above: '1/4' }),
  /** A 3-outcome column-stochastic map (column j = f(e_j)). */
  matrix3: spec({
    kind: 'stochastic-matrix',
    columns: [
      ['1/2', '1/4', '1/4'],
      ['1/5', '3/5', '1/5'],
      ['1/3', '1/3', '1/3'],
    ],
  }),
};

/** Binary linear family of §1.2: f(p) = p* + alpha (p - p*), clipped to [0, 1]. */
export function linearMap(pStar: string, alpha: string): MapSpec {
  const [ps, al] = [Rational.of(pStar), Rational.of(alpha)];
  return { kind: 'affine-clipped', a: ps.sub(al.mul(ps)), b: al };
}

function spec(json: unknown): MapSpec {
  return decodeMapSpec(json);
}
