import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionKind } from '../decisions/DecisionRule.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { hasLrsnash, lrsnash } from '../solvers/lrsnashOracle.ts';
import { analyseGame, pairProperties } from './analyseGame.ts';
import { conditionalGameArbitrary } from './conditionalGameArbitrary.ts';
import { discretiseGame, strategyCount } from './discretiseGame.ts';
import type { GameSpec } from './GameSpec.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

const hasLrs = hasLrsnash();
if (!hasLrs) console.warn('SKIPPED: lrsnash (Debian package lrslib) not found; the generation path is not compared with it');

const ALL: DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'];
const rules = ['quadratic', 'zero-one', 'linear', 'power(3)'].map((id) => ruleById(id).rule);

const games: fc.Arbitrary<GameSpec> = fc
  .tuple(fc.constantFrom(...rules), fc.constantFrom<ScoringScheme>({ kind: 'zero-sum' }, { kind: 'single' }))
  .chain(([rule, scheme]) => conditionalGameArbitrary(rule, { actions: [1, 3], outcomes: [2, 3], grid: [1, 3], decisions: ALL, scheme: fc.constant(scheme) }))
  .filter((g) => strategyCount(g) <= 27n);

/**
 * An independent exact oracle: lrsnash lists every extreme equilibrium of the listed matrix game; every
 * equilibrium of a zero-sum game earns the value, and the union of the extreme equilibria's supports is
 * the set of essential strategies, from which the "every equilibrium" verdicts follow pair by pair.
 */
describe('analyseGame (generation, no strategy listed) against lrsnash on the listed game', () => {
  it.skipIf(!hasLrs)('value, and the honesty and best-action verdicts over every equilibrium (random small games)', async () => {
    for (const spec of fc.sample(games, { numRuns: 40, seed: 41 })) {
      const ours = await analyseGame(spec);
      const d = discretiseGame(spec);
      const eqs = lrsnash(d.row);
      expect(eqs.length).toBeGreaterThan(0);
      if (ours.solution.kind !== 'zero-sum') throw new Error(`a zero-sum game solved as ${ours.solution.kind}`);
      for (const e of eqs) expect(e.payoff.toString()).toBe(ours.solution.value.toString());
      const support = (vs: readonly (readonly { sign(): number }[])[]) => [...new Set(vs.flatMap((v) => v.flatMap((p, i) => (p.sign() > 0 ? [i] : []))))];
      const rows = support(eqs.map((e) => e.x));
      const cols = d.row.cols === 1 ? [0] : support(eqs.map((e) => e.y));
      const props = pairProperties(d);
      if (props.kind !== 'conditional') throw new Error('a conditional game read as performative');
      const pairs = rows.flatMap((i) => cols.map((j) => [i, j] as const));
      const verdict = (ok: boolean) => (ok ? 'holds' : 'fails');
      expect(ours.honestAtEveryEquilibrium.kind).toBe(verdict(pairs.every(([i, j]) => props.honest(i, j))));
      expect(ours.bestActionAtEveryEquilibrium.kind).toBe(verdict(pairs.every(([i, j]) => props.selectsBest(i, j))));
    }
  });
});
