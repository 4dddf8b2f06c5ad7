import type { ClaimDefinition } from '../userclaims/ClaimDefinition.ts';

/**
 * Gives a user-defined claim its types (the input as `holds` sees it in each tier, F with comparisons,
 * the rule S) and returns it unchanged; put it in a rule file's `claims` beside the named claims:
 *
 *   const beatsUniform = defineClaim({
 *     name: 'honest-beats-uniform',
 *     statement: 'S(q, q) >= S(u, q): the truth scores at least as well as the uniform report',
 *     input: inputs.distribution(),
 *     holds: (F, q, S) => F.ge(S.expected(q, q), S.expected(q.map(() => F.div(F.of(1), F.of(q.length))), q)),
 *   });
 */
export function defineClaim<I>(claim: ClaimDefinition<I>): ClaimDefinition<I> {
  return claim;
}
