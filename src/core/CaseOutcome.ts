import type { Decision } from '../certify/Decision.ts';
import type { Json } from './Json.ts';

export type { Certificate } from '../certify/Decision.ts';

/**
 * The decision for one input of a claim (the engine's Decision with a JSON witness):
 * - holds: the claim's statement is true for this input (certified, or screened by floats with a margin
 *   that clears its error bound, and audited; see certify/decide.ts);
 * - refuted: certified violation with the exact quantities that show it;
 * - undecided: could not be decided at the precision cap; always reported.
 */
export type CaseOutcome = Decision<Json>;
