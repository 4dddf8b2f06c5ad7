import { match } from 'ts-pattern';
import { Rational } from '../numbers/Rational.ts';
import type { DecisionRule } from './DecisionRule.ts';
import { expectedUtility } from './expectedUtility.ts';
import { chooseBest, rankBest } from './tieBreak.ts';
import { binarySearchAction } from './binarySearchAction.ts';

/** Conditional reports of one predictor: reports[a] is p(.|a). */
export type ConditionalReports = readonly (readonly Rational[])[];

/**
 * The distribution over actions the rule takes given every predictor's reports (DecisionRule.ts documents
 * the aggregates and the tie-break: lowest action index first). Exact: every entry is Rational.
 */
export function decide(rule: DecisionRule, utility: readonly (readonly Rational[])[], predictors: readonly ConditionalReports[]): Rational[] {
  return decideByUtilities(rule, predictors.map((reports) => reports.map((p, a) => expectedUtility(p, utility[a]!))));
}

/**
 * The same decision from the predictors' expected utilities eu[i][a] = EU_i(a) (every rule reads the
 * reports only through them): callers that tabulate EUs once (the game oracles) decide exactly as decide().
 */
export function decideByUtilities(rule: DecisionRule, eu: readonly (readonly Rational[])[]): Rational[] {
  if (eu.length === 0) throw new RangeError('a decision needs at least one predictor');
  const k = eu[0]!.length;
  const mean = (a: number) => Rational.sum(eu.map((e) => e[a]!)).div(Rational.of(eu.length));
  const vertex = (best: number) => Array.from({ length: k }, (_, a) => (a === best ? Rational.ONE : Rational.ZERO));
  const means = () => Array.from({ length: k }, (_, a) => mean(a));
  return match(rule)
    .with({ kind: 'argmax' }, () => vertex(chooseBest(eu[0]!)))
    .with({ kind: 'optimistic-max' }, () =>
      vertex(chooseBest(Array.from({ length: k }, (_, a) => eu.map((e) => e[a]!).reduce((x, y) => Rational.max(x, y))))),
    )
    .with({ kind: 'average-max' }, () => vertex(chooseBest(means())))
    .with({ kind: 'epsilon-greedy' }, ({ epsilon }) => {
      const best = chooseBest(means());
      const share = epsilon.div(Rational.of(k));
      return Array.from({ length: k }, (_, a) => (a === best ? Rational.ONE.sub(epsilon).add(share) : share));
    })
    .with({ kind: 'softmax' }, ({ weights }) => {
      if (weights.length !== k) throw new RangeError(`softmax needs one weight per action (${k}), got ${weights.length}`);
      const total = Rational.sum(weights);
      const order = rankBest(means());
      const pi = new Array<Rational>(k).fill(Rational.ZERO);
      order.forEach((a, rank) => (pi[a] = weights[rank]!.div(total)));
      return pi;
    })
    .with({ kind: 'mean-max' }, () => uniformOnBest(means()))
    .with({ kind: 'random-max' }, () => {
      const parts = eu.map(uniformOnBest);
      return Array.from({ length: k }, (_, a) => Rational.sum(parts.map((pi) => pi[a]!)).div(Rational.of(parts.length)));
    })
    .with({ kind: 'binary-search' }, () => vertex(binarySearchAction(eu).action))
    .exhaustive();
}

/** The uniform distribution over the actions of largest value: ties share the mass (no index is preferred). */
function uniformOnBest(values: readonly Rational[]): Rational[] {
  const top = values.reduce((m, v) => Rational.max(m, v));
  const best = values.filter((v) => v.equals(top)).length;
  return values.map((v) => (v.equals(top) ? Rational.of(1n, BigInt(best)) : Rational.ZERO));
}
