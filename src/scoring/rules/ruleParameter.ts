import { SpecError } from '../../core/SpecError.ts';
import type { Scalar } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';

/** The largest numerator and denominator of a rule parameter (alpha, K). */
export const MAX_PARAMETER = 1_000n;

/** What a parameterised rule's factory accepts: an exact Rational, or its text "3/2", "1.5", 3. */
export type ParameterInput = Rational | string | number | bigint;

/**
 * Reads a rule parameter exactly and checks it lies strictly above `above` (alpha > 1 for power and
 * pseudo-spherical, K > 0 for exponential; docs/mathematics.md SR-03). Throws SpecError naming `rule.param`.
 */
export function ruleParameter(value: ParameterInput, rule: string, param: string, above: number): Rational {
  const at = `${rule}.${param}`;
  let r: Rational;
  try {
    r = value instanceof Rational ? value : Rational.of(typeof value === 'bigint' ? value : String(value));
  } catch {
    throw new SpecError(at, `not a rational number: ${JSON.stringify(String(value))}`);
  }
  if (!r.gt(Rational.of(above))) throw new SpecError(at, `must be > ${above}, got ${r}`);
  // Exact powers p^alpha and e^(K p) grow with the parameter's size: bounded before any is computed.
  if (r.num > MAX_PARAMETER || r.den > MAX_PARAMETER) throw new SpecError(at, `${r} is too large: numerator and denominator are limited to ${MAX_PARAMETER}`);
  return r;
}

/**
 * A Rational as the exponent argument of `Field.pow`: a bigint when integral (so every tier, the
 * symbolic one included, sees an integer power and stays exact), else its exact text "n/d".
 */
export function asExponent(r: Rational): Scalar {
  return r.isInteger() ? r.num : r.toString();
}

/** The stable id of a parameterised rule: `name(param)` with the parameter in lowest terms, e.g. power(3/2). */
export function parameterisedId(name: string, param: Rational): string {
  return `${name}(${param.toString()})`;
}
