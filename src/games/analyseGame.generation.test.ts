import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionKind } from '../decisions/DecisionRule.ts';
import { Rational } from '../numbers/Rational.ts';
import { affineClippedArbitrary, piecewiseLinearArbitrary, stepArbitrary } from '../performative/map/mapSpecArbitrary.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { analyseGame, analyseGameByEnumeration, pairProperties } from './analyseGame.ts';
import { conditionalGameArbitrary } from './conditionalGameArbitrary.ts';
import { discretiseGame, strategyCount, type DiscreteGame } from './discretiseGame.ts';
import type { GameAnalysis, GameSolution, HonestProfile, StrategyJson } from './GameAnalysis.ts';
import type { GameSpec } from './GameSpec.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

const ALL: DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'];
const rules = ['quadratic', 'zero-one', 'linear', 'power(3)', 'ranked-probability'].map((id) => ruleById(id).rule);

/** Random small conditional games (<= 64 pure strategies) of every rational rule, decision and zero-sum scheme. */
const conditional: fc.Arbitrary<GameSpec> = fc
  .tuple(fc.constantFrom(...rules), fc.constantFrom<ScoringScheme>({ kind: 'zero-sum' }, { kind: 'single' }, { kind: 'weighted', c: Rational.ONE }, { kind: 'importance-weighted' }))
  .chain(([rule, scheme]) =>
    conditionalGameArbitrary(rule, {
      actions: [1, 3],
      outcomes: [2, 3],
      grid: [1, 4],
      decisions: scheme.kind === 'importance-weighted' ? ['epsilon-greedy', 'softmax'] : ALL,
      scheme: fc.constant(scheme),
    }),
  )
  .filter((g) => g.kind === 'conditional-prediction' && !(g.scoring.kind === 'importance-weighted' && g.decision.kind === 'epsilon-greedy' && g.decision.epsilon.isZero()))
  .filter((g) => strategyCount(g) <= 64n);

/** Two predictors, zero-sum, 2..3 actions (<= 100 strategies): where the essential-strategy search does its work. */
const twoSeats: fc.Arbitrary<GameSpec> = fc
  .constantFrom(...rules)
  .chain((rule) => conditionalGameArbitrary(rule, { actions: [2, 3], outcomes: [2, 3], grid: [1, 4], decisions: ALL, scheme: fc.constant({ kind: 'zero-sum' as const }) }))
  .filter((g) => strategyCount(g) <= 100n);

/** Random performative games (quadratic score, rational binary maps, any weight, grids up to 12). */
const performative: fc.Arbitrary<GameSpec> = fc
  .record({
    map: fc.oneof(affineClippedArbitrary(), piecewiseLinearArbitrary(2), stepArbitrary()),
    weight: fc.constantFrom('0', '1/4', '1/2', '3/4', '1').map((w) => Rational.of(w)),
    grid: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ map, weight, grid }): GameSpec => ({ kind: 'performative', ruleName: 'quadratic', rule: ruleById('quadratic').rule, map, weight, grid, seats: 'independent' }));

/** The certified equilibrium of a zero-sum game's analysis (every game here is zero-sum). */
function zeroSum(a: GameAnalysis): Extract<GameSolution, { kind: 'zero-sum' }> {
  if (a.solution.kind !== 'zero-sum') throw new Error(`expected a zero-sum game, got ${a.solution.kind}`);
  return a.solution;
}

/** The honest profiles' regrets, whichever kind (truthful reports, or fixed points of a performative game). */
function honestRegrets(h: HonestProfile): string[] {
  return h.kind === 'truthful' ? [`truthful ${h.isEquilibrium} ${h.regret}`] : h.profiles.map((p) => `${p.report.join(',')} ${p.isEquilibrium} ${p.regret}`);
}

/** Generation (no strategy listed) against enumeration (the full matrix): the same game, the same answers. */
async function agree(spec: GameSpec): Promise<void> {
  const [gen, enu] = [await analyseGame(spec), await analyseGameByEnumeration(spec)];
  expect(gen.method).not.toBe('enumeration');
  expect(String(zeroSum(gen).value)).toBe(String(zeroSum(enu).value));
  expect(zeroSum(gen).maxRegret.isZero()).toBe(true);
  expect(gen.honestAtEveryEquilibrium.kind).toBe(enu.honestAtEveryEquilibrium.kind);
  expect(gen.bestActionAtEveryEquilibrium.kind).toBe(enu.bestActionAtEveryEquilibrium.kind);
  expect(gen.bestAction).toEqual(enu.bestAction);
  expect(honestRegrets(gen.honestProfile)).toEqual(honestRegrets(enu.honestProfile));
  if (gen.symmetric) expect(enu.symmetric).toBe(true);
  // The generated equilibrium, read in the listed matrix, has regret exactly 0 there too.
  const d = discretiseGame(spec);
  const single = d.row.cols === 1;
  const [x, y] = [fullStrategy(d, zeroSum(gen).equilibrium, 0), single ? [Rational.ONE] : fullStrategy(d, zeroSum(gen).equilibrium, 1)];
  expect(maxRegret(d.row, x, y).isZero()).toBe(true);
  // The strategies the generation calls essential are essential (enumeration lists all of them).
  gen.essentialStrategies.forEach((s, seat) => s.forEach((i) => expect(enu.essentialStrategies[seat]!.map(String)).toContain(String(i))));
  if (gen.optimalPureStrategies !== undefined) expect(gen.optimalPureStrategies).toBe(BigInt(enu.essentialStrategies[0]!.length));
  // A refuted verdict (by either path) comes with an equilibrium of the full game that plays a violating pair: checked in the matrix.
  const props = pairProperties(d);
  for (const a of [gen, enu]) {
    for (const [kind, v] of [['honest', a.honestAtEveryEquilibrium], ['best', a.bestActionAtEveryEquilibrium]] as const) {
      if (v.kind !== 'fails') continue;
      const [wx, wy] = [fullStrategy(d, v.violation.equilibrium, 0), single ? [Rational.ONE] : fullStrategy(d, v.violation.equilibrium, 1)];
      expect(maxRegret(d.row, wx, wy).isZero()).toBe(true);
      const index = (reports: unknown) => Array.from({ length: d.strategies }, (_, k) => k).find((k) => JSON.stringify(d.describe(k)) === JSON.stringify(reports))!;
      const [i, j] = single ? [index((v.violation.pair as unknown[])[0]), 0] : ((v.violation.pair as unknown[]).map(index) as [number, number]);
      expect(wx[i]!.sign() > 0 && wy[j]!.sign() > 0).toBe(true);
      if (kind === 'honest') expect(props.honest(i, j)).toBe(false);
      else if (props.kind === 'conditional') expect(props.selectsBest(i, j)).toBe(false);
      else expect.fail('a best-action violation in a performative game, which has no actions');
    }
  }
}

/** A mixed strategy of a seat as a vector over the enumeration's pure strategies. */
function fullStrategy(d: DiscreteGame, equilibrium: readonly StrategyJson[], seat: number): Rational[] {
  const n = d.strategies;
  const out = new Array<Rational>(n).fill(Rational.ZERO);
  for (const { probability, reports } of equilibrium[seat]!) {
    const i = Array.from({ length: n }, (_, k) => k).find((k) => JSON.stringify(d.describe(k)) === JSON.stringify(reports));
    out[i!] = out[i!]!.add(Rational.of(probability));
  }
  return out;
}

describe('analyseGame by generation agrees with full enumeration (random small games)', () => {
  it('conditional games: value, regret 0 in the listed matrix, honesty and best-action verdicts, honest profile', async () => {
    await fc.assert(fc.asyncProperty(conditional, agree), { numRuns: 120, seed: 17 });
  });
  it('two predictors, zero-sum, several actions: the same', async () => {
    await fc.assert(fc.asyncProperty(twoSeats, agree), { numRuns: 80, seed: 5 });
  });
  it('performative games: the same', async () => {
    await fc.assert(fc.asyncProperty(performative, agree), { numRuns: 40, seed: 18 });
  });
});
