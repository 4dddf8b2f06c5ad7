import { MAP_LIMITS } from '../performative/map/mapLimits.ts';
import type { CodeMapSpec, MapFunction } from '../performative/map/MapSpec.ts';
import { guardedMap } from './guardedMap.ts';
import { readFields } from './_internals/readFields.ts';
import { RuleFileError } from './RuleFileError.ts';
import { MAX_NAME_LENGTH } from './validateRuleObject.ts';

/**
 * Checks a map module's default export (README "Maps as code": `{ outcomes, f(F, p), name? }`, the
 * object defineMap types) and returns it as a map spec whose f is guarded. Fields are read once, so a
 * throwing getter or a Proxy that refuses is one line naming the field.
 */
export function validateMapObject(exported: unknown, file: string): CodeMapSpec {
  const fail = (field: string, reason: string): never => {
    throw new RuleFileError(file, field, reason);
  };
  if (exported === undefined) fail('default export', 'is missing: the file must `export default { outcomes, f(F, p) { ... } }`');
  if (typeof exported !== 'object' || exported === null) fail('default export', 'must be an object { outcomes, f, name? }');
  const { name, outcomes, f } = readFields(exported as object, ['name', 'outcomes', 'f'], fail);
  if (name !== undefined && (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH)) fail('name', `must be a string of 1 to ${MAX_NAME_LENGTH} characters`);
  if (!Number.isInteger(outcomes) || (outcomes as number) < 2 || (outcomes as number) > MAP_LIMITS.outcomes) {
    fail('outcomes', `must be an integer 2..${MAP_LIMITS.outcomes} (the number of outcomes f maps between), got ${String(outcomes).slice(0, 40)}`);
  }
  if (typeof f !== 'function') fail('f', 'must be a function f(F, p) returning f(p), a distribution over the outcomes');
  return {
    kind: 'code',
    name: (name as string | undefined) ?? file.split(/[\\/]/).pop() ?? file,
    file,
    outcomes: outcomes as number,
    f: guardedMap(file, outcomes as number, f as MapFunction),
  };
}
