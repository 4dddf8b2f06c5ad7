import { match } from 'ts-pattern';
import { SpecError } from '../core/SpecError.ts';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import { withTimeLimit } from '../rulefile/withTimeLimit.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ExperimentSpec } from './ExperimentSpec.ts';
import { binaryInstance } from './binaryInstance.ts';
import { gameInstance } from './gameInstance.ts';
import { encodeInstance, generateInstance } from './generateInstance.ts';
import { matrixInstance } from './matrixInstance.ts';
import type { InstanceResult } from './QuantityValue.ts';

/**
 * The rule an experiment runs with: the rule object, its name, whether its author asserts strict
 * properness, and for a rule file the file and the time one instance may take (user code that loops is
 * bad input, not a slow instance; the map families are bounded, a game's LP solve is not).
 */
export interface ExperimentRule {
  readonly rule: ScoringRule;
  readonly name: string;
  readonly strictlyProper: boolean;
  readonly file?: string;
  readonly limitMs?: number;
}

/**
 * Instance K of the experiment, generated from (seed, K) and computed in full. Bad input (a rule file's
 * fault, a spec the rule cannot serve) propagates and stops the experiment; any other failure of one
 * instance is recorded as that instance's result (`ok: false`, with the message), so it is counted and
 * listed, never dropped.
 */
export async function runInstance(spec: ExperimentSpec, experimentRule: ExperimentRule, seed: number, instance: number): Promise<InstanceResult> {
  const started = performance.now();
  const generated = generateInstance(spec.family, seed, instance, experimentRule.rule.domain === 'interior');
  const input = encodeInstance(generated);
  try {
    const { rule, name, strictlyProper } = experimentRule;
    const limited = <R>(job: () => R): R => {
      const { file, limitMs } = experimentRule;
      if (!file || !limitMs) return job();
      const result = withTimeLimit(limitMs, job);
      if (!result) throw new RuleFileError(file, 'score', `instance ${instance} did not finish within ${limitMs} ms (--eval-limit)`);
      return result.value;
    };
    const computed = await match(generated)
      .with({ kind: 'stochastic-matrix' }, (g) => limited(() => matrixInstance(rule, g.map, spec.quantities, spec.optimum)))
      .with({ kind: 'binary-piecewise-linear' }, (g) => limited(() => binaryInstance(rule, g.map, spec.quantities, strictlyProper)))
      .with({ kind: 'conditional-game' }, (g) => {
        if (spec.family.kind !== 'random-conditional-game') throw new Error('a game instance outside the game family');
        return gameInstance(rule, name, spec.family, g.truth, g.utility, spec.quantities);
      })
      .exhaustive();
    return { instance, ok: true, input, ...computed, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof SpecError) throw error;
    return { instance, ok: false, input, error: (error as Error)?.message ?? String(error), ms: performance.now() - started };
  }
}
