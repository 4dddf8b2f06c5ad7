import type { Json } from '../core/Json.ts';
import { RuleFileError } from '../rulefile/RuleFileError.ts';
import { decodeExperimentSpec } from '../experiments/experimentSpecCodec.ts';
import type { ExperimentSpec } from '../experiments/ExperimentSpec.ts';
import type { InstanceResult } from '../experiments/QuantityValue.ts';
import { type ExperimentRule, runInstance } from '../experiments/runInstance.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { loadUserRule } from './ruleSession.ts';

const specs = new Map<string, ExperimentSpec>();

/**
 * One experiment instance in a worker: the spec (decoded once per worker), its rule (a built-in, or a rule
 * file loaded here, never in the parent), then runInstance. A rule file that does not serve the family's
 * number of outcomes is bad input.
 */
export async function experimentInstanceTask(specJson: Json, seed: number, instance: number, evalLimitMs: number): Promise<InstanceResult> {
  const key = JSON.stringify(specJson);
  let spec = specs.get(key);
  if (!spec) specs.set(key, (spec = decodeExperimentSpec(specJson)));
  return runInstance(spec, await experimentRule(spec, evalLimitMs), seed, instance);
}

async function experimentRule(spec: ExperimentSpec, evalLimitMs: number): Promise<ExperimentRule> {
  if (spec.rule.kind === 'builtin') {
    const rule = ruleById(spec.rule.id).rule;
    return { rule, name: rule.id, strictlyProper: false };
  }
  const user = await loadUserRule(spec.rule.path);
  const n = spec.family.kind === 'random-binary-piecewise-linear' ? 2 : spec.family.outcomes;
  const { min, max } = user.rule.outcomes;
  if (n < min || n > max) throw new RuleFileError(user.file, 'outcomes', `the rule is defined for ${min}..${max} outcomes, the experiment's instances have ${n}`);
  return { rule: user.rule, name: user.name, strictlyProper: user.claims.includes('strictly-proper'), file: user.file, limitMs: evalLimitMs };
}
