import { watchedUserCall } from '../../core/userCalls.ts';
import { Ball } from '../../numbers/Ball.ts';
import { DomainError, type Field, type NumericField, TierLimit } from '../../numbers/Field.ts';
import { RuleDomainError } from '../RuleDomainError.ts';
import { RuleFileError } from '../RuleFileError.ts';

/** One call in this many is evaluated twice and compared: user code that answers differently is reported. */
export const DETERMINISM_PERIOD = 64;

/** One function of user code (a rule's score, a map's f) as the guards call it. */
export interface UserCallSite {
  /**
   * Calls it so that whatever it throws becomes one line naming the file, the function and the input: a
   * DomainError a RuleDomainError ("failed at", which wide interval boxes expect), anything else a
   * RuleFileError with a hint for the usual mistakes. TierLimit errors pass through (InexactError, the
   * proof tier's limits): they ask for another tier. In a worker the call is watched (core/userCalls.ts):
   * one that never returns ends the worker past --call-limit.
   */
  call<R>(run: () => R, where: () => string): R;
  /** Two answers to the same input (their exact forms) must agree, else it is reported as non-deterministic. */
  sameAnswer(first: string | undefined, second: string | undefined, where: () => string): void;
}

/** The call site of `field` in `file`; its label is built once here, not on every call. */
export function userCallSite(file: string, field: string): UserCallSite {
  const site = `${file}: ${field}`;
  return {
    call(run, where) {
      try {
        return watchedUserCall(site, run);
      } catch (error) {
        if (error instanceof TierLimit || error instanceof RuleFileError || error instanceof RuleDomainError) throw error;
        const message = (error as Error)?.message ?? String(error);
        const detail = `at ${where()}: ${message}${hint(message, field)}`;
        if (error instanceof DomainError) throw new RuleDomainError(file, `failed ${detail}`);
        throw new RuleFileError(file, field, `threw ${detail}`);
      }
    },
    sameAnswer(first, second, where) {
      if (first === second) return;
      throw new RuleFileError(file, field, `is not deterministic: the same input gave ${first?.slice(0, 60)} and then ${second?.slice(0, 60)} at ${where()} (Math.random, or state kept between calls?)`);
    },
  };
}

/** What to do instead, for the messages that the usual mistakes produce. */
function hint(message: string, field: string): string {
  if (/no implicit numeric value|Cannot mix BigInt|Cannot convert a BigInt/.test(message)) {
    return ' (compute with F only: F.add, F.mul, F.div, F.pow, F.ln, F.exp, F.sqrt, F.of(...); Math.* and + - * / on F values do not work in the exact tiers)';
  }
  if (/read only|read-only|not extensible|object is frozen/i.test(message)) return ` (${field} may not modify its input p: it is frozen; copy it first)`;
  return '';
}

/** Why `value` is not a finite value of F (a plain number, a promise, NaN, ...), or undefined when it is one. */
export function badValue<T>(F: Field<T>, value: unknown): string | undefined {
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
  if (typeof (value as { then?: unknown }).then === 'function') return 'a promise (it must be synchronous)';
  if (Array.isArray(value)) return 'an array (p itself, or a vector, not one number)';
  return Object.getPrototypeOf(value) === Object.prototype ? 'a plain object' : 'a value of another tier (a value kept from another call?)';
}

/** The exact form of a tier's value for comparisons and messages ("n/d", ["lo", "hi"]); undefined where it has none. */
export function encoded<T>(F: Field<T>, x: T): string | undefined {
  const encode = (F as Partial<NumericField<T>>).encode;
  if (!encode) return undefined;
  try {
    return JSON.stringify(encode(x));
  } catch {
    return undefined;
  }
}

/** A field value for messages, cut to a readable length. */
export function describeValue<T>(F: Field<T>, x: T): string {
  // "n/d" and ["lo", "hi"] read without their JSON quotes.
  const text = encoded(F, x)?.replace(/"/g, '') ?? String(x);
  return text.length > 40 ? `${text.slice(0, 24)}...${text.slice(-10)}` : text;
}

/** The report for messages: p = (..) [tier]. */
export function describeReport<T>(F: Field<T>, p: readonly T[]): string {
  return `p = (${p.map((x) => describeValue(F, x)).join(', ')})`;
}
