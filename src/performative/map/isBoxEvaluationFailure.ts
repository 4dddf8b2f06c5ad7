import { SpecError } from '../../core/SpecError.ts';
import { DomainError } from '../../numbers/Field.ts';

/**
 * An error from evaluating a formula on a wide interval box that only means "this box is not decided
 * here": a domain error (ln of an interval reaching 0, division by an interval containing 0, G'' not
 * certified positive), an empty interval, or the same domain error surfaced by a user's guarded score
 * (rulefile/guardedScore reports it as "failed at ..."). Wide boxes overestimate, so such failures are
 * expected; the caller splits the box or reports it undecided, never treats it as bad input.
 */
export function isBoxEvaluationFailure(error: unknown): boolean {
  if (error instanceof DomainError || error instanceof RangeError) return true;
  return error instanceof SpecError && /: failed at /.test(error.message);
}
