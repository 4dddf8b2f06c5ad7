import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { bimatrixRegret, pureEquilibria, supportEnumeration } from './bimatrixEquilibria.ts';
import { MatrixGame } from './MatrixGame.ts';
import { hasLrsnash, lrsnashBimatrix } from './_internals/lrsnash.ts';

const hasLrs = hasLrsnash();
if (!hasLrs) console.warn('SKIPPED: lrsnash (Debian package lrslib) not found; support enumeration is not compared with it');

const r = (s: string) => Rational.of(s);
const key = (x: readonly Rational[], y: readonly Rational[]) => `${x.join(',')}|${y.join(',')}`;

/** Bimatrix games with entries in a wide range: nondegenerate with high probability (lrsnash lists every equilibrium). */
const generic = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, n]) => {
    const matrix = fc.array(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m });
    return fc.tuple(matrix, matrix);
  })
  .map(([a, b]) => [MatrixGame.of(a), MatrixGame.of(b)] as const);

describe('bimatrix equilibria', () => {
  it('battle of the sexes: two pure equilibria and the mixed one ((3/5, 2/5), (2/5, 3/5)), payoffs 6/5 each', () => {
    const A = MatrixGame.of([[3, 0], [0, 2]]);
    const B = MatrixGame.of([[2, 0], [0, 3]]);
    expect(pureEquilibria(A, B)).toEqual([[0, 0], [1, 1]]);
    const found = supportEnumeration(A, B, 100);
    expect(found.equilibria.map((e) => key(e.x, e.y))).toEqual(['1,0|1,0', '0,1|0,1', '3/5,2/5|2/5,3/5']);
    expect(found.equilibria[2]!.rowPayoff.toString()).toBe('6/5');
    expect(found.degenerate).toBeUndefined();
    for (const e of found.equilibria) expect(bimatrixRegret(A, B, e.x, e.y).isZero()).toBe(true);
  });

  it('a degenerate game is flagged with a witness (a pure strategy with two best replies)', () => {
    const A = MatrixGame.of([[1, 1], [0, 0]]);
    const B = MatrixGame.of([[1, 1], [1, 0]]);
    const found = supportEnumeration(A, B, 100);
    expect(found.degenerate).toMatch(/best replies/);
    for (const e of found.equilibria) expect(bimatrixRegret(A, B, e.x, e.y).isZero()).toBe(true);
  });

  it('refuses more support pairs than the limit, before enumerating', () => {
    const g = MatrixGame.of(Array.from({ length: 8 }, () => new Array(8).fill(0)));
    expect(() => supportEnumeration(g, g, 1000)).toThrow(/12869 support pairs \(limit 1000\)/);
  });

  it.skipIf(!hasLrs)('on generic games: exactly the equilibria lrsnash lists (40 random games)', () => {
    let compared = 0;
    for (const [A, B] of fc.sample(generic, { numRuns: 40, seed: 51 })) {
      const ours = supportEnumeration(A, B, 10_000);
      const theirs = lrsnashBimatrix(A, B.payoff);
      if (ours.degenerate) continue; // lrsnash lists extreme points of sets; nothing to compare one to one
      compared++;
      expect(ours.equilibria.map((e) => key(e.x, e.y)).sort()).toEqual(theirs.map((e) => key(e.x, e.y)).sort());
      for (const e of theirs) {
        const mine = ours.equilibria.find((o) => key(o.x, o.y) === key(e.x, e.y))!;
        expect([mine.rowPayoff.toString(), mine.colPayoff.toString()]).toEqual([e.payoff.toString(), e.colPayoff.toString()]);
      }
    }
    expect(compared).toBeGreaterThan(30); // not vacuous: most random games are compared
  });

  it('pure equilibria are complete: every pure profile with regret 0 is listed (random small games)', () => {
    fc.assert(
      fc.property(generic, ([A, B]) => {
        const listed = new Set(pureEquilibria(A, B).map(([i, j]) => `${i},${j}`));
        const unit = (n: number, i: number) => Array.from({ length: n }, (_, k) => (k === i ? r('1') : r('0')));
        for (let i = 0; i < A.rows; i++) {
          for (let j = 0; j < A.cols; j++) expect(listed.has(`${i},${j}`)).toBe(bimatrixRegret(A, B, unit(A.rows, i), unit(A.cols, j)).isZero());
        }
      }),
      { numRuns: 60, seed: 52 },
    );
  });
});
