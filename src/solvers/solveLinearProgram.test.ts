import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { LinearProgram, LpInfeasibleError, LpUnboundedError, type RowSense } from './LinearProgram.ts';
import { exactSimplex, solveLinearProgram } from './solveLinearProgram.ts';
import { farkasFailure, optimalityFailure, outcomeFailure, outcomeOf, rayFailure } from './_internals/lpOracle.ts';

const q = (v: number | string): Rational => Rational.of(v);
const lp = (c: (number | string)[], rows: [(number | string)[], RowSense, number | string][]): LinearProgram =>
  LinearProgram.of(c.map(q), rows.map(([a, sense, b]) => ({ coeffs: a.map(q), sense, rhs: q(b) })));
const strs = (v: readonly Rational[]): string[] => v.map(String);

/** Solves with the exact simplex alone and checks the optimality certificate independently. */
function solvedExactly(p: LinearProgram) {
  const s = exactSimplex(p);
  expect(s.certifiedBy).toBe('exact-simplex');
  expect(optimalityFailure(p, s)).toBeUndefined();
  return s;
}

function thrown<E extends Error>(f: () => unknown, type: new (...args: never[]) => E): E {
  try {
    f();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected ${type.name}`);
}

describe('exactSimplex (fraction-free, two phases, Bland; no HiGHS)', () => {
  it('solves the textbook example (Chvátal ch. 2: max 5x1+4x2+3x3, optimum 13)', () => {
    const s = solvedExactly(lp([5, 4, 3], [[[2, 3, 1], '<=', 5], [[4, 1, 2], '<=', 11], [[3, 4, 2], '<=', 8]]));
    expect(s.value.toString()).toBe('13');
    expect(strs(s.x)).toEqual(['2', '0', '1']);
    expect(strs(s.y)).toEqual(['1', '0', '1']);
  });
  it('max x + y s.t. x + 2y <= 4, 3x + y <= 6: x = (8/5, 6/5), y = (2/5, 1/5)', () => {
    const s = solvedExactly(lp([1, 1], [[[1, 2], '<=', 4], [[3, 1], '<=', 6]]));
    expect([strs(s.x), strs(s.y), s.value.toString()]).toEqual([['8/5', '6/5'], ['2/5', '1/5'], '14/5']);
  });
  it('handles >=, = rows and negative right-hand sides (phase 1)', () => {
    const s = solvedExactly(lp([-1, -1], [[[1, 2], '>=', 2], [[3, 1], '>=', 3], [[-1, -1], '>=', -10], [[1, -1], '=', '1/2']]));
    expect(s.value.toString()).toBe('-3/2');
  });
  it('a <= row with a negative right-hand side needs an artificial; its dual keeps the <= sign', () => {
    // min x1 + 2 x2 s.t. x1 + x2 >= 2 written as -x1 - x2 <= -2, x1 <= 3/2: optimum x = (3/2, 1/2)
    const s = solvedExactly(lp([-1, -2], [[[-1, -1], '<=', -2], [[1, 0], '<=', '3/2']]));
    expect([strs(s.x), strs(s.y), s.value.toString()]).toEqual([['3/2', '1/2'], ['2', '1'], '-5/2']);
  });
  it('>= rows with b = 0 and = rows with negative b (the shapes of the game LPs)', () => {
    const s = solvedExactly(lp([0, 0, 1], [[[2, -1, -1], '>=', 0], [[-1, 1, -1], '>=', 0], [[-1, -1, 0], '=', -1]]));
    expect([strs(s.x), s.value.toString()]).toEqual([['2/5', '3/5', '1/5'], '1/5']);
  });
  it('survives the degenerate cycling example of Beale (1955) thanks to Bland\'s rule', () => {
    const s = solvedExactly(lp(['3/4', -150, '1/50', -6], [
      [['1/4', -60, '-1/25', 9], '<=', 0],
      [['1/2', -90, '-1/50', 3], '<=', 0],
      [[0, 0, 1, 0], '<=', 1],
    ]));
    expect(s.value.toString()).toBe('1/20');
  });
  it('degenerate vertices with ratio ties: many rows through the optimum', () => {
    const s = solvedExactly(lp([1, 1], [[[1, 0], '<=', 1], [[0, 1], '<=', 1], [[1, 1], '<=', 2], [[2, 1], '<=', 3], [[1, 2], '<=', 3]]));
    expect(s.value.toString()).toBe('2');
  });
  it('redundant equality rows: the artificial of a dependent row stays, inert', () => {
    const s = solvedExactly(lp([1, 2], [[[1, 1], '=', 1], [[2, 2], '=', 2], [[1, 0], '<=', 1]]));
    expect(s.value.toString()).toBe('2');
  });
  it('an artificial driven out by a negative pivot (the denominator stays positive), then a redundant row', () => {
    // Phase 1 has nothing to do (reduced costs 1, 2, 0); the artificial of row 0 sits at level 0 and leaves
    // on its entry -1; row 2 = -2 row 0 is then zero off the artificials and stays inert.
    const s = solvedExactly(lp([1, 1, 1], [[[-1, -2, 0], '=', 0], [[0, 0, 1], '<=', 2], [[2, 4, 0], '=', 0]]));
    expect([strs(s.x), s.value.toString()]).toEqual([['0', '0', '2'], '2']);
  });
  it('no rows at all, and an all-zero objective', () => {
    expect(solvedExactly(lp([-1, 0], [])).value.toString()).toBe('0');
    expect(solvedExactly(lp([0, 0], [[[1, 1], '>=', 1]])).value.toString()).toBe('0');
  });
  it('infeasible programs throw LpInfeasibleError with a Farkas vector that checks', () => {
    for (const p of [
      lp([1], [[[1], '>=', 2], [[1], '<=', 1]]),
      lp([1, 1], [[[1, 1], '=', 1], [[1, 1], '=', 2]]),
      lp([0, 0], [[[1, 1], '<=', '-1/3']]),
      lp([1, -1], [[['1/2', 1], '>=', 3], [['1/3', '2/3'], '<=', 1], [[1, 0], '=', 0]]),
    ]) {
      const e = thrown(() => exactSimplex(p), LpInfeasibleError);
      expect(farkasFailure(p, e.farkas)).toBeUndefined();
    }
  });
  it('unbounded programs throw LpUnboundedError with a feasible point and a ray that check', () => {
    for (const p of [
      lp([1, 1], [[[1, -1], '<=', 1]]),
      lp([1], [[[-1], '<=', -1]]),
      lp([0, 1], [[[1, -1], '=', '1/2'], [[1, 0], '>=', 1]]),
      lp([-1, 0, 1], [[[1, 1, -1], '<=', 0], [[1, 0, 0], '>=', '2/3']]),
    ]) {
      const e = thrown(() => exactSimplex(p), LpUnboundedError);
      expect(rayFailure(p, e.point, e.ray)).toBeUndefined();
    }
  });
});

/** Random small LPs with rational data, every sense and sign of b: feasible, infeasible or unbounded. */
const randomLp = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), m: fc.integer({ min: 0, max: 5 }), box: fc.boolean() })
  .chain(({ n, m, box }) => {
    const entry = fc.integer({ min: -4, max: 4 }).chain((k) => fc.constantFrom(q(k), q(`${k}/2`), q(`${k}/3`)));
    const row = fc.record({ coeffs: fc.array(entry, { minLength: n, maxLength: n }), sense: fc.constantFrom<RowSense>('<=', '>=', '='), rhs: entry });
    return fc.tuple(fc.array(entry, { minLength: n, maxLength: n }), fc.array(row, { minLength: m, maxLength: m })).map(([c, rows]) => {
      const bounds = box ? Array.from({ length: n }, (_, j) => ({ coeffs: c.map((_, k) => (k === j ? Rational.ONE : Rational.ZERO)), sense: '<=' as const, rhs: q(3) })) : [];
      return LinearProgram.of(c, [...rows, ...bounds]);
    });
  });

describe('exactSimplex against the HiGHS-proposed certified solution', () => {
  it('every outcome of the exact simplex carries a certificate that checks (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(randomLp, async (p) => {
        expect(outcomeFailure(p, await outcomeOf(() => exactSimplex(p)))).toBeUndefined();
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it('same outcome and optimal value as solveLinearProgram (HiGHS basis + certificate), seeded', async () => {
    let byHighs = 0;
    await fc.assert(
      fc.asyncProperty(randomLp, async (p) => {
        const [exact, reference] = [await outcomeOf(() => exactSimplex(p)), await outcomeOf(() => solveLinearProgram(p))];
        expect(outcomeFailure(p, reference)).toBeUndefined();
        expect(exact.kind).toBe(reference.kind);
        if (exact.kind === 'optimal' && reference.kind === 'optimal') {
          expect(exact.solution.value.equals(reference.solution.value)).toBe(true);
          if ((reference.solution as { certifiedBy?: string }).certifiedBy === 'highs+certificate') byHighs++;
        }
      }),
      { numRuns: 200, seed: 8 },
    );
    expect(byHighs).toBeGreaterThan(20); // the comparison is not vacuous: HiGHS's answers were certified
  });
});
