import type { Claim } from '../core/Claim.ts';
import { RuleFileError } from './RuleFileError.ts';
import { withTimeLimit } from './withTimeLimit.ts';

/** Default time limit for deciding one case of a user's rule (all tiers and escalations included). */
export const DEFAULT_EVALUATION_LIMIT_MS = 10_000;

/** The claim with each case's decision bounded in time; a case over the limit is the rule file's fault. */
export function timeLimitedClaim<I>(claim: Claim<I>, file: string, ms: number): Claim<I> {
  return {
    ...claim,
    check(input, ctx) {
      const result = withTimeLimit(ms, () => claim.check(input, ctx));
      if (result) return result.value;
      throw new RuleFileError(file, 'score', `did not return within ${ms} ms on input ${JSON.stringify(claim.codec.encode(input))}`);
    },
  };
}
