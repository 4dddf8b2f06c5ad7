import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionKind } from '../decisions/DecisionRule.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { allStrategies, payoffByEnumeration } from './_internals/bruteForce.ts';
import { profilePayoff } from './conditionalOracle.ts';
import { ConditionalGame } from './ConditionalGame.ts';
import { conditionalGameArbitrary } from './conditionalGameArbitrary.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { caseStrategy, optimalCount } from './PayoffCase.ts';
import { gameTables, type Digits } from './ReportTables.ts';
import { optimalCases, seatBestResponse } from './seatBestResponse.ts';
import { seatProblem } from './SeatProblem.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

const ALL: DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'];
const rules = ['quadratic', 'zero-one', 'linear', 'power(3)', 'ranked-probability'].map((id) => ruleById(id).rule);

/** Small games of every rational rule, decision and scheme (importance weighting with full-support rules only). */
const smallGame = fc.constantFrom(...rules).chain((rule) =>
  fc.constantFrom<ScoringScheme>({ kind: 'zero-sum' }, { kind: 'single' }, { kind: 'weighted', c: Rational.of('1/2') }, { kind: 'importance-weighted' }).chain((scheme) =>
    conditionalGameArbitrary(rule, {
      actions: [1, 3],
      outcomes: [2, 3],
      grid: [1, 3],
      decisions: scheme.kind === 'importance-weighted' ? ['epsilon-greedy', 'softmax'] : ALL,
      scheme: fc.constant(scheme),
    }).filter((g) => g.decision.kind !== 'epsilon-greedy' || scheme.kind !== 'importance-weighted' || g.decision.epsilon.sign() > 0),
  ),
).filter((g) => gameTables(g).grid.length ** g.truth.length <= 400);

/** A mixed strategy over 1..3 pure strategies of the game, weights from small integers. */
function mixOf(g: ConditionalGameSpec): fc.Arbitrary<{ strategy: Digits; weight: Rational }[]> {
  const size = gameTables(g).grid.length;
  const pure = fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: g.truth.length, maxLength: g.truth.length });
  return fc.array(fc.record({ strategy: pure, w: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }).map((xs) => {
    const total = xs.reduce((s, x) => s + x.w, 0);
    return xs.map((x) => ({ strategy: x.strategy, weight: Rational.of(BigInt(x.w), BigInt(total)) }));
  });
}

describe('profilePayoff (from the tables) equals ConditionalGame.payoff, exactly', () => {
  it('on random profiles of random small games', () => {
    fc.assert(
      fc.property(smallGame.chain((g) => fc.tuple(fc.constant(g), mixOf(g), mixOf(g))), ([g, a, b]) => {
        const tables = gameTables(g);
        const model = new ConditionalGame(g);
        const [s, t] = [a[0]!.strategy, b[0]!.strategy];
        const reports = (d: Digits) => d.map((k) => tables.grid[k]!);
        const two = model.predictors === 2;
        for (const player of two ? ([0, 1] as const) : ([0] as const)) {
          const profile = two ? [reports(s), reports(t)] : [reports(s)];
          const expected = model.payoff(profile, player).exact(g.rule, new Map(), RationalField);
          expect(profilePayoff(g, tables, two ? [s, t] : [s], player).equals(expected)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});

describe('seatBestResponse: the exact best response over the full grid, against enumeration', () => {
  it('value, a maximiser, and the optimal cases hold exactly the maximisers (every rule, decision, scheme, seat)', () => {
    fc.assert(
      fc.property(smallGame.chain((g) => fc.tuple(fc.constant(g), mixOf(g), fc.constantFrom<0 | 1>(0, 1))), ([g, mix, seatPick]) => {
        const tables = gameTables(g);
        const seat = g.scoring.kind === 'zero-sum' || g.scoring.kind === 'weighted' ? seatPick : 0;
        const problem = seatProblem(g, tables, seat, mix);
        const br = seatBestResponse(problem);
        const pay = allStrategies(tables).map((s) => payoffByEnumeration(g, tables, seat, s, mix));
        const max = pay.reduce((m, v) => Rational.max(m, v));
        expect(br.value.toString()).toBe(max.toString());
        expect(payoffByEnumeration(g, tables, seat, br.strategy, mix).equals(max)).toBe(true);
        const cases = [...optimalCases(problem, br.value)];
        const count = cases.reduce((n, c) => n + optimalCount(tables, c), 0n);
        expect(count).toBe(BigInt(pay.filter((v) => v.equals(max)).length));
        for (const c of cases) expect(payoffByEnumeration(g, tables, seat, caseStrategy(tables, c), mix).equals(max)).toBe(true);
      }),
      { numRuns: 400, seed: 4 },
    );
  });
});
