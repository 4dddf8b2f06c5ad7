import { SpecError } from '../../core/SpecError.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { binaryExponential } from './binaryExponential.ts';
import { linear } from './linear.ts';
import { logarithmic } from './logarithmic.ts';
import { power } from './power.ts';
import { pseudoSpherical } from './pseudoSpherical.ts';
import { quadratic } from './quadratic.ts';
import { rankedProbability } from './rankedProbability.ts';
import type { ParameterInput } from './ruleParameter.ts';
import { spherical } from './spherical.ts';
import { successSquare } from './successSquare.ts';
import { zeroOne } from './zeroOne.ts';

/**
 * The rule instances the registry turns into claims (docs/mathematics.md SR-03, and DEC-02's success-square). Parameters: alpha = 3/2 (non-integer,
 * needs the interval tier; alpha < 2 has unbounded G'' at the boundary) and alpha = 3 (integer: power(3)
 * stays rational); K = 1 and K = 10 (strongly asymmetric in the labels, large e^K).
 */
export const builtinRules: readonly RuleWithClaims[] = [
  logarithmic,
  quadratic,
  spherical,
  pseudoSpherical('3/2'),
  pseudoSpherical(3),
  power('3/2'),
  power(3),
  rankedProbability,
  zeroOne,
  linear,
  binaryExponential(1),
  binaryExponential(10),
  successSquare,
];

/** The parameterised families: `name(param)` ids are built by these factories. */
const factories: ReadonlyMap<string, (param: ParameterInput) => RuleWithClaims> = new Map([
  ['power', power],
  ['pseudo-spherical', pseudoSpherical],
  ['binary-exponential', binaryExponential],
]);

const PARAMETERISED = /^([a-z][a-z-]*)\(\s*([^()]+?)\s*\)$/;

/**
 * Looks a rule up by id: a registered instance ('quadratic', 'power(3)'), or any member of a
 * parameterised family ('power(5/2)', 'pseudo-spherical(1.5)'; the parameter is read exactly and the
 * rule's id is canonical, lowest terms). Throws SpecError for unknown ids or out-of-range parameters.
 */
export function ruleById(id: string): RuleWithClaims {
  const registered = builtinRules.find((r) => r.rule.id === id);
  if (registered) return registered;
  const match = PARAMETERISED.exec(id.trim());
  const factory = match ? factories.get(match[1]!) : undefined;
  if (match && factory) return factory(match[2]!);
  throw new SpecError(
    'rule',
    `unknown rule id ${JSON.stringify(id)}; known: ${builtinRules.map((r) => r.rule.id).join(', ')}; ` +
      `families: ${[...factories.keys()].map((f) => `${f}(<rational>)`).join(', ')}`,
  );
}
