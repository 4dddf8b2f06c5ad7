import { Rational } from '../../numbers/Rational.ts';
import type { Weighted } from '../../solvers/ZeroSumOracle.ts';
import { profilePayoff } from '../conditionalOracle.ts';
import type { ConditionalGameSpec } from '../GameSpec.ts';
import type { Digits, GameTables } from '../ReportTables.ts';
import { predictorCount } from '../ScoringScheme.ts';

/** For tests: every pure strategy of a small conditional game (mixed radix, action 0 most significant). */
export function allStrategies(tables: GameTables): Digits[] {
  let out: number[][] = [[]];
  for (let a = 0; a < tables.actions.length; a++) out = out.flatMap((p) => tables.grid.map((_, k) => [...p, k]));
  return out;
}

/** For tests: a seat's payoff against a mix by listing profiles (the reference the oracles are compared with). */
export function payoffByEnumeration(spec: ConditionalGameSpec, tables: GameTables, seat: 0 | 1, s: Digits, mix: readonly Weighted<Digits>[]): Rational {
  if (predictorCount(spec.scoring) === 1) return profilePayoff(spec, tables, [s], 0);
  return Rational.sum(mix.map(({ weight, strategy }) => weight.mul(profilePayoff(spec, tables, seat === 0 ? [s, strategy] : [strategy, s], seat))));
}
