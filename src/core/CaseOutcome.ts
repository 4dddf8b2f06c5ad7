import type { Json } from './Json.ts';

/** How an arithmetic tier decided a case: exact rationals, or intervals at a precision (digits). */
export type Certificate = { tier: 'rational' } | { tier: 'interval'; digits: number } | { tier: 'float-screen' };

/**
 * The decision for one input of a claim.
 * - holds: the claim's statement is true for this input (certified, or screened by floats with a wide
 *   margin and audited; see search/decideRelation.ts);
 * - refuted: certified violation with the exact quantities that show it;
 * - undecided: could not be decided at the precision cap; always reported.
 */
export type CaseOutcome =
  | { kind: 'holds'; by: Certificate }
  | { kind: 'refuted'; witness: Json; by: Certificate }
  | { kind: 'undecided'; reason: string; witness?: Json };
