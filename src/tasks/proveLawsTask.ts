import type { LawName } from '../core/LawName.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { proveRule } from '../proof/proveRule.ts';
import { proofCounterexample } from '../proof/proofCounterexample.ts';
import { loadUserRule } from './ruleSession.ts';
import type { LawProof } from './WorkerTask.ts';

/**
 * Asks the SMT tier for each law at every n of the range (a law stops at its first n that is not
 * proved). A law proved at every n is `proved` for the range; a solver counterexample is re-certified by
 * the engine and returned for the parent to save like one the search found; anything else leaves the
 * search verdict standing, with the reason.
 */
export async function proveLawsTask(file: string, lawNames: readonly LawName[], range: OutcomeRange, timeoutMs: number): Promise<LawProof[]> {
  if (lawNames.length === 0) return [];
  const user = await loadUserRule(file);
  let proof: Awaited<ReturnType<typeof proveRule>>;
  try {
    proof = await proveRule(user.rule, { laws: lawNames, outcomes: [range.min, range.max], timeoutMs });
  } catch (error) {
    // The search already ran the rule in every numeric tier; failing to build it symbolically (a
    // JavaScript operation on F values) only means the proof tier has nothing to add.
    const note = `the rule could not be built symbolically: ${(error as Error)?.message ?? String(error)}`;
    return lawNames.map((law) => ({ law, verdict: 'not proved', note, ms: 0 }));
  }
  return lawNames.map((law): LawProof => {
    const rows = proof.results.filter((r) => r.claim === law);
    const ms = rows.reduce((s, r) => s + r.ms, 0);
    const refuted = rows.find((r) => r.counterexample);
    if (refuted?.counterexample) {
      const { claim, found } = proofCounterexample(user.rule, law, user.name, refuted.counterexample);
      return { law, verdict: 'refuted', claimId: claim.id, statement: claim.statement, found, ms };
    }
    if (rows.length > 0 && rows.every((r) => r.verdict === 'proved')) return { law, verdict: 'proved', outcomes: [range.min, range.max], ms };
    const first = rows.find((r) => r.verdict !== 'proved');
    return { law, verdict: 'not proved', note: `${first?.verdict ?? 'unknown'} at n = ${first?.outcomes}${first?.note ? `: ${first.note}` : ''}`, ms };
  });
}
