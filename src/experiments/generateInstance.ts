import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { Rational } from '../numbers/Rational.ts';
import type { BinaryPiecewiseLinearSpec, StochasticMatrixSpec } from '../performative/map/MapSpec.ts';
import type { InstanceFamily } from './ExperimentSpec.ts';
import { randomDistr } from './randomDistr.ts';
import { SplitMix64 } from './SplitMix64.ts';

/** One random instance, before a rule is applied (plain exact data). */
export type Instance =
  | { readonly kind: 'stochastic-matrix'; readonly map: StochasticMatrixSpec }
  | { readonly kind: 'binary-piecewise-linear'; readonly map: BinaryPiecewiseLinearSpec }
  | { readonly kind: 'conditional-game'; readonly truth: Rational[][]; readonly utility: Rational[][] };

/**
 * Instance K (1-based) of an experiment with seed S: drawn from SplitMix64.forInstance(S, K) alone, in a
 * fixed order (matrix: column 0 first; binary map: the knots, then the values left to right; game: the
 * truth of each action, then the utility rows), so it does not depend on any other instance.
 * `interior` asks for interior truths (a rule defined on the interior of the simplex only).
 */
export function generateInstance(family: InstanceFamily, seed: number, instance: number, interior = false): Instance {
  const random = SplitMix64.forInstance(seed, instance);
  return match<InstanceFamily, Instance>(family)
    .with({ kind: 'random-stochastic-matrix' }, (f) => ({
      kind: 'stochastic-matrix',
      map: { kind: 'stochastic-matrix', columns: Array.from({ length: f.outcomes }, () => randomDistr(random, f.outcomes, f.grid)) },
    }))
    .with({ kind: 'random-binary-piecewise-linear' }, (f) => {
      const g = BigInt(f.grid);
      const knots = new Set<number>();
      while (knots.size < f.knots) knots.add(1 + random.int(f.grid - 1));
      const xs = [0, ...[...knots].sort((a, b) => a - b), f.grid];
      const points = xs.map((x) => [Rational.of(BigInt(x), g), Rational.of(BigInt(random.int(f.grid + 1)), g)] as const);
      return { kind: 'binary-piecewise-linear', map: { kind: 'binary-piecewise-linear', points } };
    })
    .with({ kind: 'random-conditional-game' }, (f) => ({
      kind: 'conditional-game',
      truth: Array.from({ length: f.actions }, () => randomDistr(random, f.outcomes, f.grid, interior)),
      utility: Array.from({ length: f.actions }, () => Array.from({ length: f.outcomes }, () => Rational.of(random.int(f.maxUtility + 1)))),
    }))
    .exhaustive();
}

/** The instance as exact JSON (what the CSV and `--instance K` show). */
export function encodeInstance(instance: Instance): Json {
  return match<Instance, Json>(instance)
    .with({ kind: 'stochastic-matrix' }, (i) => ({ kind: i.map.kind, columns: i.map.columns.map((c) => c.map(String)) }))
    .with({ kind: 'binary-piecewise-linear' }, (i) => ({ kind: i.map.kind, points: i.map.points.map(([x, y]) => [String(x), String(y)]) }))
    .with({ kind: 'conditional-game' }, (i) => ({ kind: i.kind, truth: i.truth.map((r) => r.map(String)), utility: i.utility.map((r) => r.map(String)) }))
    .exhaustive();
}
