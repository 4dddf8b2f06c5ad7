import { Ball } from '../numbers/Ball.ts';
import { DomainError, type Field, TierLimit } from '../numbers/Field.ts';
import { RuleDomainError } from './RuleDomainError.ts';
import { RuleFileError } from './RuleFileError.ts';

type UserScore = <T>(F: Field<T>, p: readonly T[], y: number) => T;

/**
 * Wraps a user's score so that every call either returns a finite value of the tier or fails with a
 * RuleFileError saying what happened (threw, NaN, an infinity, a non-value). TierLimit errors pass
 * through (InexactError, the proof tier's limits): they ask for another tier, not a fault of the rule.
 */
export function guardedScore(file: string, score: UserScore): UserScore {
  return <T>(F: Field<T>, p: readonly T[], y: number): T => {
    let value: T;
    try {
      value = score(F, p, y);
    } catch (error) {
      if (error instanceof TierLimit || error instanceof RuleFileError || error instanceof RuleDomainError) throw error;
      const detail = `at ${where(F, p, y)}: ${(error as Error)?.message ?? String(error)}`;
      if (error instanceof DomainError) throw new RuleDomainError(file, `failed ${detail}`);
      throw new RuleFileError(file, 'score', `threw ${detail}`);
    }
    const problem = badValue(F, value);
    if (problem) throw new RuleFileError(file, 'score', `returned ${problem} at ${where(F, p, y)}`);
    return value;
  };
}

function badValue<T>(F: Field<T>, value: T): string | undefined {
  if (typeof value === 'number' && F.tier === 'float') return checkNumber(value);
  if (value instanceof Ball) return checkNumber(value.mid);
  if (typeof value !== 'object' || value === null) return `a non-value (${describe(value)}) instead of an F value`;
  return undefined;
}

function checkNumber(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  return Number.isFinite(x) ? undefined : 'an infinity where a finite value is required';
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? 'an object of another tier' : `${typeof value} ${String(value)}`;
}

function where<T>(F: Field<T>, p: readonly T[], y: number): string {
  return `p = (${p.map(describeValue).join(', ')}), y = ${y} [${F.tier} tier]`;
}

/** A field value for messages: numbers as they are, others by their JSON form ("n/d", ["lo", "hi"], ...). */
function describeValue(x: unknown): string {
  if (typeof x === 'number') return String(x);
  try {
    const json = JSON.stringify(x);
    return json === undefined ? String(x) : json.replace(/^"(.*)"$/, '$1');
  } catch {
    return String(x);
  }
}
