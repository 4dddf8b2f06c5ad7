import { AtomField } from '../numbers/AtomField.ts';
import { InexactError, type NumericField } from '../numbers/Field.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import type { CertifyOptions } from './CertifyOptions.ts';

/**
 * The one place where "exact if the tier can, else certified intervals" is decided: the exact tier
 * ('rational', or 'atoms' where the caller asked for formal irrational atoms) evaluates `job`; an
 * InexactError (ln 2, sqrt 2 in the rationals; a product of two atoms) means the value is irrational
 * and `undefined` is returned. Any other error (a domain error, a user's rule failing) propagates.
 */
export function evaluateExactly<R>(job: <T>(F: NumericField<T>) => R, exact: CertifyOptions['exact'] = 'rational'): R | undefined {
  try {
    return job(RationalField);
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
  }
  if (exact !== 'atoms') return undefined;
  try {
    return job(AtomField);
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
    return undefined;
  }
}

/** An exact value, or the rational endpoints of a certified enclosure at some precision. */
export type Evaluation =
  | { readonly kind: 'exact'; readonly value: Rational }
  | { readonly kind: 'enclosure'; readonly lo: Rational; readonly hi: Rational; readonly digits: number };

/** The value of a formula whose exact-tier result is rational (atoms left count as not exact). */
export function exactValue(formula: <T>(F: NumericField<T>) => T, exact: CertifyOptions['exact'] = 'rational'): Rational | undefined {
  return evaluateExactly((F) => toRational(F, formula(F)), exact);
}

/** Certified rational bounds lo <= v <= hi: exact when the exact tier can (lo = hi), else an interval at `digits`. */
export function certifiedBounds(formula: <T>(F: NumericField<T>) => T, digits = 24, exact: CertifyOptions['exact'] = 'rational'): [Rational, Rational] {
  const v = exactValue(formula, exact);
  if (v) return [v, v];
  const e = enclose(formula, digits);
  return [e.lo, e.hi];
}

/** The formula's value enclosed at `digits`, as rational endpoints. An infinite endpoint (overflow, a pole) throws. */
export function enclose(formula: <T>(F: NumericField<T>) => T, digits: number): Extract<Evaluation, { kind: 'enclosure' }> {
  const F = intervalField(digits);
  const [lo, hi] = endpoints(F.encode(formula(F)));
  return { kind: 'enclosure', lo, hi, digits };
}

/** Rational endpoints of an encoded interval; throws on an infinite or NaN endpoint (never a usable bound). */
export function endpoints(encoded: string | number | readonly [string, string]): [Rational, Rational] {
  if (!Array.isArray(encoded)) throw new Error(`expected an interval, got ${JSON.stringify(encoded)}`);
  const [lo, hi] = encoded as readonly [string, string];
  if (/inf|nan/i.test(lo) || /inf|nan/i.test(hi)) throw new RangeError(`interval overflow: [${lo}, ${hi}]`);
  return [Rational.of(lo), Rational.of(hi)];
}

/** A value of the exact tier as a Rational, or InexactError when formal atoms remain. */
function toRational<T>(F: NumericField<T>, x: T): Rational {
  if (x instanceof Rational) return x;
  const sign = F.sign(x);
  if (sign === undefined) throw new InexactError('a value with irrational atoms');
  return Rational.of(F.encode(x) as string);
}
