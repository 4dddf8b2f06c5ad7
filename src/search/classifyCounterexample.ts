import type { Claim, CheckContext } from '../core/Claim.ts';
import type { CaseOutcome } from '../core/CaseOutcome.ts';
import type { Robustness } from '../core/Robustness.ts';
import { withTieBreak } from '../decisions/tieBreak.ts';

/**
 * The robustness of a refuting input (core/Robustness.ts): the claim's own degeneracy test first, then
 * an exact tie (lhs = rhs where '>' was claimed), then the tie-breaks its decisions needed: the input is
 * re-checked counting tie-breaks, and, when there were some, once more with ties going to the highest
 * index. Never changes whether the input refutes the claim.
 */
export function classifyCounterexample<I>(claim: Claim<I>, input: I, outcome: Extract<CaseOutcome, { kind: 'refuted' }>, ctx: CheckContext): Robustness {
  const degenerate = claim.degenerate?.(input);
  if (degenerate) return { kind: 'degenerate', reason: degenerate };
  if (outcome.exactTie) return { kind: 'degenerate', reason: 'an exact equality where a strict inequality was claimed (lhs = rhs), not a gap' };
  const ties = tieBreaksBehind(claim, input, outcome, ctx);
  if (ties === 0) return { kind: 'strict' };
  const highest = withTieBreak('highest', () => claim.check(input, ctx)).result;
  return {
    kind: 'tie-dependent',
    reason:
      highest.kind === 'refuted'
        ? `${ties} decision(s) chose among equally good actions; refuted with ties to the lowest and to the highest index`
        : `refuted only when equally good actions go to the lowest index (${ties} tie-break(s))`,
  };
}

/** The tie-breaks behind the witness: counted by the check itself where it can, else those of the whole check. */
function tieBreaksBehind<I>(claim: Claim<I>, input: I, outcome: Extract<CaseOutcome, { kind: 'refuted' }>, ctx: CheckContext): number {
  return outcome.tieBreaks ?? withTieBreak('lowest', () => claim.check(input, ctx)).tieBreaks;
}

/** Whether a refuting input is strict, without computing the reasons (the predicate of the strict search). */
export function isStrictRefutation<I>(claim: Claim<I>, input: I, outcome: CaseOutcome, ctx: CheckContext): boolean {
  if (outcome.kind !== 'refuted' || outcome.exactTie || claim.degenerate?.(input)) return false;
  return tieBreaksBehind(claim, input, outcome, ctx) === 0;
}
