import { Ball } from '../numbers/Ball.ts';
import { DomainError, type Field, type NumericField, TierLimit } from '../numbers/Field.ts';
import { RuleDomainError } from './RuleDomainError.ts';
import { RuleFileError } from './RuleFileError.ts';

type UserScore = <T>(F: Field<T>, p: readonly T[], y: number) => T;

/** One call in this many is evaluated twice and compared: a rule that answers differently is reported. */
const DETERMINISM_PERIOD = 64;

/**
 * Wraps a user's score so that every call either returns a finite value of the tier or fails with a
 * RuleFileError saying what happened, with a hint for the usual mistakes (threw; NaN; an infinity; a
 * plain number, a promise, an object or another tier's value instead of an F value; Math.* or an operator
 * used on F values; a write to its input, which is frozen; different answers for the same input).
 * TierLimit errors pass through (InexactError, the proof tier's limits): they ask for another tier.
 */
export function guardedScore(file: string, score: UserScore): UserScore {
  let calls = 0;
  return <T>(F: Field<T>, p: readonly T[], y: number): T => {
    const input = Object.freeze([...p]);
    const value = call(file, score, F, input, y);
    const problem = badValue(F, value);
    if (problem) throw new RuleFileError(file, 'score', `returned ${problem} at ${where(F, p, y)}`);
    if (++calls % DETERMINISM_PERIOD === 0) checkDeterministic(file, F, value, call(file, score, F, input, y), p, y);
    return value;
  };
}

function call<T>(file: string, score: UserScore, F: Field<T>, p: readonly T[], y: number): T {
  try {
    return score(F, p, y);
  } catch (error) {
    if (error instanceof TierLimit || error instanceof RuleFileError || error instanceof RuleDomainError) throw error;
    const message = (error as Error)?.message ?? String(error);
    const detail = `at ${where(F, p, y)}: ${message}${hint(message)}`;
    if (error instanceof DomainError) throw new RuleDomainError(file, `failed ${detail}`);
    throw new RuleFileError(file, 'score', `threw ${detail}`);
  }
}

/** What to do instead, for the messages that the usual mistakes produce. */
function hint(message: string): string {
  if (/no implicit numeric value|Cannot mix BigInt|Cannot convert a BigInt/.test(message)) {
    return ' (compute with F only: F.add, F.mul, F.div, F.pow, F.ln, F.exp, F.sqrt, F.of(...); Math.* and + - * / on F values do not work in the exact tiers)';
  }
  if (/read only|read-only|not extensible|object is frozen/i.test(message)) return ' (score may not modify its input p: it is frozen; copy it first)';
  return '';
}

function badValue<T>(F: Field<T>, value: T): string | undefined {
  if (value instanceof Ball) return finiteness(value.mid);
  if (F.tier === 'float' && typeof value === 'number') return finiteness(value);
  if (!F.is || F.is(value)) return undefined;
  return `${describe(value)} instead of a value of F${typeof value === 'number' ? ' (wrap numbers with F.of(...); use F.ln, F.sqrt, ... instead of Math.*)' : ''}`;
}

function finiteness(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  return Number.isFinite(x) ? undefined : 'an infinity where a finite value is required';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return `a non-value (${String(value)})`;
  if (typeof value === 'number') return `a plain number ${value}`;
  if (typeof value !== 'object') return `a ${typeof value} (${String(value).slice(0, 40)})`;
  if (typeof (value as { then?: unknown }).then === 'function') return 'a promise (score must be synchronous)';
  if (Array.isArray(value)) return 'an array (p itself, or a vector, not one number)';
  return Object.getPrototypeOf(value) === Object.prototype ? 'a plain object' : 'a value of another tier (a value kept from another call?)';
}

function checkDeterministic<T>(file: string, F: Field<T>, first: T, second: T, p: readonly T[], y: number): void {
  const encode = (F as Partial<NumericField<T>>).encode;
  if (!encode) return;
  const [a, b] = [JSON.stringify(encode(first)), JSON.stringify(encode(second))];
  if (a !== b) throw new RuleFileError(file, 'score', `is not deterministic: the same input gave ${a.slice(0, 60)} and then ${b.slice(0, 60)} at ${where(F, p, y)} (Math.random, or state kept between calls?)`);
}

function where<T>(F: Field<T>, p: readonly T[], y: number): string {
  return `p = (${p.map((x) => describeValue(F, x)).join(', ')}), y = ${y} [${F.tier} tier]`;
}

/** A field value for messages: its exact form where the tier has one ("n/d", ["lo", "hi"]), cut to a readable length. */
function describeValue<T>(F: Field<T>, x: T): string {
  const encode = (F as Partial<NumericField<T>>).encode;
  let text: string;
  try {
    text = encode ? JSON.stringify(encode(x)).replace(/^"(.*)"$/, '$1') : String(x);
  } catch {
    text = String(x);
  }
  return text.length > 40 ? `${text.slice(0, 24)}...${text.slice(-10)}` : text;
}
