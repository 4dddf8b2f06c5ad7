import type { Field } from '../numbers/Field.ts';
import { RuleFileError } from './RuleFileError.ts';
import { badValue, DETERMINISM_PERIOD, describeReport, encoded, userCallSite } from './_internals/userCall.ts';

type UserScore = <T>(F: Field<T>, p: readonly T[], y: number) => T;

/**
 * Wraps a user's score so that every call either returns a finite value of the tier or fails with a
 * RuleFileError saying what happened, with a hint for the usual mistakes (threw; NaN; an infinity; a
 * plain number, a promise, an object or another tier's value instead of an F value; Math.* or an operator
 * used on F values; a write to its input, which is frozen; different answers for the same input).
 */
export function guardedScore(file: string, score: UserScore): UserScore {
  const site = userCallSite(file, 'score');
  let calls = 0;
  return <T>(F: Field<T>, p: readonly T[], y: number): T => {
    const input = Object.freeze([...p]);
    const where = () => `${describeReport(F, p)}, y = ${y} [${F.tier} tier]`;
    const value = site.call(() => score(F, input, y), where);
    const problem = badValue(F, value);
    if (problem) throw new RuleFileError(file, 'score', `returned ${problem} at ${where()}`);
    if (++calls % DETERMINISM_PERIOD === 0) site.sameAnswer(encoded(F, value), encoded(F, site.call(() => score(F, input, y), where)), where);
    return value;
  };
}
