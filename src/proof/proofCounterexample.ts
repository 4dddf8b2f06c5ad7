import type { Json } from '../core/Json.ts';
import { laws } from '../laws/laws.ts';
import type { LawName } from '../core/LawName.ts';
import { lawClaim } from '../laws/lawClaim.ts';
import type { Counterexample } from './certifyInstance.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { FoundCounterexample } from '../search/ClaimResult.ts';
import { decideExactly } from '../certify/decide.ts';
import { DEFAULT_PRECISION_CAP } from '../certify/precisionLevels.ts';
import { classifyCounterexample } from '../search/classifyCounterexample.ts';

/**
 * A counterexample of the proof tier in the form the law's claim stores and replays: the solver's
 * point, decoded by the claim's own codec and certified once more by the exact search tiers (so the
 * file is indistinguishable from one the search found, and replays the same way).
 */
export function proofCounterexample(
  rule: ScoringRule,
  law: LawName,
  subject: string,
  found: Counterexample,
): { claim: ReturnType<typeof lawClaim>; found: FoundCounterexample } {
  const { rule: _rule, outcomes, ...input } = found.input as Record<string, Json>;
  const n = Number(outcomes);
  const claim = lawClaim(rule, laws[law], 'holds', { min: n, max: n }, { subject });
  const decoded = claim.codec.decode(input, 'input');
  const outcome = decideExactly((F) => laws[law].comparison(F, rule, decoded), {});
  if (outcome.kind !== 'refuted') throw new Error(`${claim.id}: the proof tier's counterexample did not re-certify`);
  const robustness = classifyCounterexample(claim, decoded, outcome, { screening: false, precisionCap: DEFAULT_PRECISION_CAP });
  return { claim, found: { input: claim.codec.encode(decoded), witness: outcome.witness, seed: 0, path: 'smt', runs: 0, robustness } };
}
