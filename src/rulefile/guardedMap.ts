import type { Field } from '../numbers/Field.ts';
import { Interval } from '../numbers/Interval.ts';
import { Rational } from '../numbers/Rational.ts';
import type { MapFunction } from '../performative/map/MapSpec.ts';
import { RuleFileError } from './RuleFileError.ts';
import { badValue, DETERMINISM_PERIOD, describeReport, encoded, userCallSite } from './_internals/userCall.ts';

/**
 * Wraps a map module's f like a rule's score (guardedScore): its input is frozen, whatever it throws is
 * one line, every coordinate must be a finite value of the tier, and one call in 64 is repeated to catch
 * non-determinism. It must also return a distribution over the map's outcomes: an array of that length,
 * and where the tier can tell, a distribution (exactly: entries >= 0 summing to 1; on intervals: no
 * entry certainly negative or above 1 and a sum that may be 1). Analyses rely on that contract (f maps
 * into the simplex), so breaking it anywhere it is evaluated is reported, not computed with.
 */
export function guardedMap(file: string, outcomes: number, f: MapFunction): MapFunction {
  const site = userCallSite(file, 'f');
  let calls = 0;
  return <T>(F: Field<T>, p: readonly T[]): readonly T[] => {
    const input = Object.freeze([...p]);
    const where = () => `${describeReport(F, p)} [${F.tier} tier]`;
    const value: unknown = site.call(() => f(F, input), where);
    if (!Array.isArray(value) || value.length !== outcomes) {
      throw new RuleFileError(file, 'f', `returned ${Array.isArray(value) ? `${value.length} values` : describeNonArray(value)} at ${where()}; expected an array of ${outcomes} values of F (f(p) is a distribution over the map's ${outcomes} outcomes)`);
    }
    value.forEach((v, i) => {
      const problem = badValue(F, v);
      if (problem) throw new RuleFileError(file, 'f', `returned ${problem} as coordinate ${i} at ${where()}`);
    });
    const notDistribution = distributionProblem(value);
    if (notDistribution) throw new RuleFileError(file, 'f', `returned ${notDistribution} at ${where()}: f(p) must be a distribution`);
    if (++calls % DETERMINISM_PERIOD === 0) {
      const exactForm = (vs: readonly T[]) => `(${vs.map((v) => encoded(F, v)).join(', ')})`;
      site.sameAnswer(exactForm(value as T[]), exactForm(site.call(() => f(F, input), where)), where);
    }
    return Object.freeze([...(value as T[])]);
  };
}

function describeNonArray(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function') return 'a promise (f must be synchronous)';
  return `${value === null ? 'null' : typeof value} instead of an array`;
}

/** Why exact or interval coordinates are certainly not a distribution; undefined when they may be one. */
function distributionProblem(values: readonly unknown[]): string | undefined {
  if (values.every((v) => v instanceof Rational)) {
    const xs = values as Rational[];
    const negative = xs.findIndex((x) => x.sign() < 0);
    if (negative >= 0) return `a negative coordinate ${negative} (${String(xs[negative])})`;
    const sum = Rational.sum(xs);
    return sum.equals(Rational.ONE) ? undefined : `coordinates summing to ${String(sum).slice(0, 40)}, not 1`;
  }
  if (values.every((v) => v instanceof Interval)) {
    const xs = values as Interval[];
    const outside = xs.findIndex((x) => x.hi.lt(0) || x.lo.gt(1));
    if (outside >= 0) return `coordinate ${outside} outside [0, 1] (${xs[outside]!.toString().slice(0, 60)})`;
    if (!xs.every((x) => x.isFinite())) return undefined;
    // Endpoints are exact decimals: summed as rationals, the test is exact.
    const lo = Rational.sum(xs.map((x) => Rational.of(x.lo.toFixed())));
    const hi = Rational.sum(xs.map((x) => Rational.of(x.hi.toFixed())));
    if (lo.gt(Rational.ONE) || hi.lt(Rational.ONE)) return `coordinates whose sum certainly differs from 1 (between ${lo.toString().slice(0, 30)} and ${hi.toString().slice(0, 30)})`;
  }
  return undefined;
}
