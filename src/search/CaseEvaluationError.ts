import type { Json } from '../core/Json.ts';

/**
 * A claim's check threw on an input (a user's rule returned NaN, threw, timed out, ...). Carries the
 * claim and the input so that the message can say exactly where.
 */
export class CaseEvaluationError extends Error {
  constructor(
    readonly claimId: string,
    readonly input: Json,
    override readonly cause: unknown,
  ) {
    super(`${claimId}: ${cause instanceof Error ? cause.message : String(cause)} (input ${JSON.stringify(input)})`);
    this.name = 'CaseEvaluationError';
  }
}
