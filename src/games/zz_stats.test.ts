import fc from 'fast-check';
import { it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { analyseGame, analyseGameByEnumeration } from './analyseGame.ts';
import { conditionalGameArbitrary } from './conditionalGameArbitrary.ts';
import { strategyCount } from './discretiseGame.ts';
it('stats', async () => {
  const rules = ['quadratic', 'zero-one', 'linear', 'power(3)', 'ranked-probability'].map((id) => ruleById(id).rule);
  const arb = fc.constantFrom(...rules).chain((rule) =>
    conditionalGameArbitrary(rule, { actions: [2, 3], outcomes: [2, 3], grid: [1, 4], decisions: ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'], scheme: fc.constant({ kind: 'zero-sum' as const }) }),
  ).filter((g) => strategyCount(g) <= 100n);
  const counts = new Map<string, number>();
  let bad = 0;
  for (const g of fc.sample(arb, { numRuns: 150, seed: 5 })) {
    const a = await analyseGame(g);
    const e = await analyseGameByEnumeration(g);
    if (a.honestAtEveryEquilibrium !== e.honestAtEveryEquilibrium || a.bestActionAtEveryEquilibrium !== e.bestActionAtEveryEquilibrium || !a.value!.equals(e.value!)) bad++;
    const k = `${g.decision.kind} h=${a.honestAtEveryEquilibrium} b=${a.bestActionAtEveryEquilibrium} sym=${a.symmetric}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log('BAD', bad);
  console.log([...counts.entries()].sort().map(([k, v]) => `${v}\t${k}`).join('\n'));
}, 600000);
