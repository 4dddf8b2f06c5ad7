import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { RuleDomain } from './RuleDomain.ts';
import { Distribution } from './Distribution.ts';
import { SpecError } from '../core/SpecError.ts';

/** Reads a stored distribution (["1/2", "1/2"]) at JSON path `at`, checking size and domain. */
export function decodeDistribution(json: unknown, at: string, outcomes: OutcomeRange, domain: RuleDomain): Distribution {
  if (!Array.isArray(json)) throw new SpecError(at, 'expected an array of probabilities like ["1/2", "1/2"]');
  if (json.length < outcomes.min || json.length > outcomes.max) {
    throw new SpecError(at, `has ${json.length} outcomes; allowed ${outcomes.min}..${outcomes.max}`);
  }
  json.forEach((v, i) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw new SpecError(`${at}[${i}]`, 'expected "n/d" or a number');
  });
  const d = Distribution.of(json as (string | number)[], at);
  if (domain === 'interior' && !d.isInterior()) throw new SpecError(at, 'has a zero probability; the rule needs the interior');
  return d;
}

/** Reads an outcome index y in 0..n-1. */
export function decodeOutcome(json: unknown, at: string, n: number): number {
  if (typeof json !== 'number' || !Number.isInteger(json) || json < 0 || json >= n) {
    throw new SpecError(at, `expected an outcome index in 0..${n - 1}`);
  }
  return json;
}

/** Reads an object with the given keys (others are an error, so typos are caught). */
export function decodeRecord(json: unknown, at: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new SpecError(at, 'expected an object');
  const record = json as Record<string, unknown>;
  for (const key of keys) if (!(key in record)) throw new SpecError(`${at}.${key}`, 'is missing');
  for (const key of Object.keys(record)) if (!keys.includes(key)) throw new SpecError(`${at}.${key}`, 'is not a known field');
  return record;
}

export function sameSize(a: Distribution, b: Distribution, at: string): void {
  if (a.size !== b.size) throw new SpecError(at, `distributions have ${a.size} and ${b.size} outcomes`);
}
