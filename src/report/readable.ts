import type { Json } from '../core/Json.ts';
import { decimalString } from '../numbers/decimalString.ts';
import { Rational } from '../numbers/Rational.ts';

/** Longest exact number shown whole in text output (longer ones become decimals unless --exact). */
export const MAX_EXACT_LENGTH = 40;
/** Significant digits of a shortened value: enough to tell apart values that differ in the 10th digit. */
const DIGITS = 12;

const RATIONAL = /^-?\d+(\/\d+)?$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * An exact number ("n/d", an integer, or a decimal endpoint) as a person reads it: whole when short (or
 * `exact` is asked), else its decimal value with `~` (BigInt arithmetic, no float on the way).
 */
export function readableNumber(text: string, options: { exact?: boolean } = {}): string {
  if (options.exact || text.length <= MAX_EXACT_LENGTH || !(RATIONAL.test(text) || DECIMAL.test(text))) return text;
  const { text: decimal, exact } = decimalString(Rational.of(text), DIGITS);
  return exact ? decimal : `~${decimal}`;
}

/** The decimal value of an exact number for a person to read ("~0.27215909"), or undefined for text that is not one. */
export function approximate(text: string, significant = 8): string | undefined {
  if (!RATIONAL.test(text) && !DECIMAL.test(text)) return undefined;
  const { text: decimal, exact } = decimalString(Rational.of(text), significant);
  return exact ? decimal : `~${decimal}`;
}

/**
 * Certified bounds [lo, hi] as a person reads them: whole when both are short (or `exact` is asked),
 * else as decimals with just enough significant digits (8 up to 40) to show that lo and hi differ.
 */
export function readableInterval(lo: string, hi: string, options: { exact?: boolean } = {}): string {
  if (options.exact || (lo.length <= MAX_EXACT_LENGTH && hi.length <= MAX_EXACT_LENGTH)) return `[${lo}, ${hi}]`;
  for (let digits = 8; ; digits += 4) {
    const [a, b] = [approximate(lo, digits) ?? lo, approximate(hi, digits) ?? hi];
    if (a !== b || digits >= 40) return `[${a}, ${b}]`;
  }
}

/**
 * The same JSON with every exact number replaced by its decimal approximation (witnesses and values in
 * --json output get this beside the exact form, under `decimals`); enclosures ["lo", "hi"] become one
 * "~mid" when their ends agree to the digits shown.
 */
export function decimalsOf(json: Json): Json {
  if (typeof json === 'string') return approximate(json) ?? json;
  if (Array.isArray(json)) {
    const pair = json.length === 2 && json.every((x) => typeof x === 'string' && DECIMAL.test(x));
    if (pair) {
      const [lo, hi] = (json as string[]).map((x) => approximate(x)!);
      if (lo === hi) return lo!;
    }
    return json.map(decimalsOf);
  }
  if (typeof json === 'object' && json !== null) return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, decimalsOf(v)]));
  return json;
}

/** Text output of any JSON value with long numbers shortened (readableNumber), e.g. reports in a table cell. */
export function readableJson(json: Json, options: { exact?: boolean } = {}): string {
  return JSON.stringify(mapStrings(json, (s) => readableNumber(s, options)));
}

function mapStrings(json: Json, f: (s: string) => string): Json {
  if (typeof json === 'string') return f(json);
  if (Array.isArray(json)) return json.map((x) => mapStrings(x, f));
  if (typeof json === 'object' && json !== null) return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, mapStrings(v, f)]));
  return json;
}
