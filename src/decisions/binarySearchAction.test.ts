import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { decide } from './decide.ts';
import { binarySearchAction, searchComparisons } from './binarySearchAction.ts';

const r = (s: string) => Rational.of(s);
const eu = (rows: string[][]) => rows.map((row) => row.map(r));

describe('binary-search action selection (docs/mathematics.md ZS-06)', () => {
  it('finds the best of 8 actions in 3 comparisons, of 5 in 2 or 3 (halves of 3 and 2), of 2 in 1', () => {
    expect(binarySearchAction(eu([['0', '1/4', '1/8', '3/4', '1/2', '0', '1/3', '1/5']]))).toEqual({ action: 3, comparisons: 3 });
    expect(binarySearchAction(eu([['0', '1', '0', '0', '2']]))).toEqual({ action: 4, comparisons: 2 });
    expect(binarySearchAction(eu([['2', '1', '0', '0', '1']]))).toEqual({ action: 0, comparisons: 3 });
    expect(binarySearchAction(eu([['1/2', '1/4']]))).toEqual({ action: 0, comparisons: 1 });
    expect([1, 2, 3, 4, 5, 8, 9].map(searchComparisons)).toEqual([0, 1, 2, 2, 3, 3, 4]);
  });
  it('uses the optimistic value of each half: the better of two predictors', () => {
    expect(binarySearchAction(eu([['1/2', '1/4', '0'], ['0', '0', '3/4']])).action).toBe(2);
  });
  it('takes the action optimistic max takes, on every profile (ties to the lowest index), in at most ceil(log2 |A|) comparisons', () => {
    const values = fc.integer({ min: 0, max: 4 }).map((n) => Rational.of(BigInt(n), 4n));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((k) => fc.array(fc.array(values, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 2 })), (rows) => {
        const utility = rows[0]!.map(() => [Rational.ONE]);
        const reports = rows.map((row) => row.map((v) => [v]));
        const optimistic = decide({ kind: 'optimistic-max' }, utility, reports);
        const { action, comparisons } = binarySearchAction(rows);
        return optimistic[action]!.equals(Rational.ONE) && comparisons <= searchComparisons(rows[0]!.length);
      }),
    );
  });
  it('mean-max and random-max split ties evenly and randomise over the predictors (docs/mathematics.md ZS-07)', () => {
    const utility = [[r('0'), r('1')], [r('0'), r('1')]];
    const honest = [[r('1/2'), r('1/2')], [r('3/4'), r('1/4')]];
    const steer = [[r('4/5'), r('1/5')], [r('3/4'), r('1/4')]];
    expect(decide({ kind: 'random-max' }, utility, [steer, honest]).map(String)).toEqual(['1/2', '1/2']);
    expect(decide({ kind: 'mean-max' }, utility, [honest, honest]).map(String)).toEqual(['1', '0']);
    expect(decide({ kind: 'mean-max' }, utility, [[[r('1'), r('0')], [r('1/2'), r('1/2')]], honest]).map(String)).toEqual(['0', '1']);
    expect(decide({ kind: 'mean-max' }, utility, [[[r('3/4'), r('1/4')], [r('1/2'), r('1/2')]], honest]).map(String)).toEqual(['1/2', '1/2']);
  });
});
