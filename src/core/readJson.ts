import { Rational } from '../numbers/Rational.ts';
import { SpecError } from './SpecError.ts';

/** The longest number a data file may hold (characters): its digits are work, checked before any is done. */
export const MAX_NUMBER_LENGTH = 2_000;

/** A rational from JSON: "n/d", a decimal string, or a finite JSON number (read by its decimal form). */
export function readRational(json: unknown, at: string): Rational {
  if (typeof json !== 'string' && typeof json !== 'number') {
    throw new SpecError(at, `expected a rational number as "n/d", got ${describe(json)}`);
  }
  if (typeof json === 'string' && json.length > MAX_NUMBER_LENGTH) {
    throw new SpecError(at, `a number of ${json.length} characters; the limit is ${MAX_NUMBER_LENGTH}`);
  }
  if (typeof json === 'number' && !Number.isFinite(json)) throw new SpecError(at, `not a finite number: ${json}`);
  try {
    return Rational.of(String(json));
  } catch {
    throw new SpecError(at, `not a rational number: ${JSON.stringify(json)}`);
  }
}

/** A rational in [0, 1]. */
export function readProbability(json: unknown, at: string): Rational {
  const r = readRational(json, at);
  if (r.sign() < 0 || r.gt(Rational.ONE)) throw new SpecError(at, `must lie in [0, 1], got ${r}`);
  return r;
}

export function readArray(json: unknown, at: string, minLength = 0): readonly unknown[] {
  if (!Array.isArray(json)) throw new SpecError(at, `expected an array, got ${describe(json)}`);
  if (json.length < minLength) throw new SpecError(at, `needs at least ${minLength} entries, got ${json.length}`);
  return json;
}

export function readObject(json: unknown, at: string): Readonly<Record<string, unknown>> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SpecError(at, `expected an object, got ${describe(json)}`);
  }
  return json as Record<string, unknown>;
}

/** Rejects keys other than the allowed ones, so that a typo ("treshold") is an error, not a default. */
/** Every field of `obj` is one of `allowed`, and each of `allowed` is present (`optional` may be absent). */
export function checkKeys(obj: Readonly<Record<string, unknown>>, allowed: readonly string[], at: string, optional: readonly string[] = []): void {
  const known = [...allowed, ...optional];
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new SpecError(`${at}.${key}`, `unknown field (expected one of ${known.join(', ')})`);
  }
  for (const key of allowed) {
    if (!(key in obj)) throw new SpecError(`${at}.${key}`, 'missing field');
  }
}

/** An integer min..max. */
export function readInteger(json: unknown, at: string, min: number, max: number): number {
  if (typeof json !== 'number' || !Number.isInteger(json) || json < min || json > max) {
    throw new SpecError(at, `expected an integer in ${min}..${max}, got ${JSON.stringify(json)}`);
  }
  return json;
}

function describe(json: unknown): string {
  if (json === null) return 'null';
  if (Array.isArray(json)) return 'an array';
  return typeof json === 'string' ? JSON.stringify(json) : typeof json;
}
