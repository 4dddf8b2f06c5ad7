import { describe, expect, it } from 'vitest';
import { MatrixGame } from './MatrixGame.ts';

describe('MatrixGame', () => {
  it('reads rationals and keeps its shape', () => {
    const g = MatrixGame.of([['1/2', 3], [-1, '0.25']]);
    expect([g.rows, g.cols]).toEqual([2, 2]);
    expect(g.at(1, 1).toString()).toBe('1/4');
    expect(g.toJSON()).toEqual([['1/2', '3'], ['-1', '1/4']]);
  });
  it('rejects ragged and empty matrices', () => {
    expect(() => MatrixGame.of([[1, 2], [3]])).toThrow(RangeError);
    expect(() => MatrixGame.of([])).toThrow(RangeError);
  });
  it('is immutable', () => {
    const g = MatrixGame.of([[1]]);
    expect(() => ((g.payoff as unknown as unknown[][])[0]![0] = 5)).toThrow();
  });
  it('recognises skew-symmetric payoffs', () => {
    expect(MatrixGame.of([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]).isSymmetric()).toBe(true);
    expect(MatrixGame.of([[1, -1], [-1, 1]]).isSymmetric()).toBe(false);
    expect(MatrixGame.of([[0, 1, 2]]).isSymmetric()).toBe(false);
    expect(MatrixGame.skewSymmetric(4, (i, j) => i - j + 1).isSymmetric()).toBe(true);
  });
  it('negTranspose swaps the seats', () => {
    expect(MatrixGame.of([[1, 2, 3]]).negTranspose().toJSON()).toEqual([['-1'], ['-2'], ['-3']]);
  });
});
