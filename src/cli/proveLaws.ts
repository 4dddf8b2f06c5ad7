import type { Json } from '../core/Json.ts';
import type { LawName } from '../core/LawName.ts';
import type { Counterexample } from '../proof/certifyInstance.ts';
import { proveRule } from '../proof/proveRule.ts';
import { saveFoundCounterexample } from '../store/saveFoundCounterexample.ts';
import { proofCounterexample } from './proofCounterexample.ts';
import type { ResolvedRule } from './resolveRule.ts';
import { VERSION } from './version.ts';

/** What the proof tier adds to a law's search verdict over a whole range of outcomes. */
export type LawProofOutcome =
  | { verdict: 'proved'; outcomes: [number, number]; ms: number }
  | { verdict: 'refuted'; counterexample: string; witness: Json; ms: number }
  | { verdict: 'not proved'; note: string; ms: number };

/**
 * Asks the SMT tier for each law at every n of the range (stopping a law at its first n that is not
 * proved). A law proved at every n is `proved` for the range; a solver counterexample is re-certified
 * exactly and saved like one the search found; anything else leaves the search verdict standing.
 */
export async function proveLaws(
  target: ResolvedRule,
  lawNames: readonly LawName[],
  range: { min: number; max: number },
  options: { timeoutMs: number; saveDir: string },
): Promise<Map<LawName, LawProofOutcome>> {
  const outcomes = new Map<LawName, LawProofOutcome>();
  if (lawNames.length === 0) return outcomes;
  let proof: Awaited<ReturnType<typeof proveRule>>;
  try {
    proof = await proveRule(target.rule, { laws: lawNames, outcomes: [range.min, range.max], timeoutMs: options.timeoutMs });
  } catch (error) {
    // The search already ran the rule in every numeric tier; failing to build it symbolically (say a
    // JavaScript operation on F values) only means the proof tier has nothing to add.
    const note = `the rule could not be built symbolically: ${(error as Error)?.message ?? String(error)}`;
    for (const law of lawNames) outcomes.set(law, { verdict: 'not proved', note, ms: 0 });
    return outcomes;
  }
  for (const law of lawNames) {
    const rows = proof.results.filter((r) => r.claim === law);
    const ms = rows.reduce((s, r) => s + r.ms, 0);
    const refuted = rows.find((r) => r.counterexample);
    if (refuted?.counterexample) {
      const { file, witness } = await saveProofCounterexample(target, law, refuted.counterexample, options.saveDir);
      outcomes.set(law, { verdict: 'refuted', counterexample: file, witness, ms });
    } else if (rows.length > 0 && rows.every((r) => r.verdict === 'proved')) {
      outcomes.set(law, { verdict: 'proved', outcomes: [range.min, range.max], ms });
    } else {
      const first = rows.find((r) => r.verdict !== 'proved');
      outcomes.set(law, { verdict: 'not proved', note: `${first?.verdict ?? 'unknown'} at n = ${first?.outcomes}${first?.note ? `: ${first.note}` : ''}`, ms });
    }
  }
  return outcomes;
}

/** Re-certifies a solver counterexample exactly and saves it where the search would have. */
export async function saveProofCounterexample(
  target: ResolvedRule,
  law: LawName,
  counterexample: Counterexample,
  saveDir: string,
): Promise<{ file: string; witness: Json }> {
  const { claim, found } = proofCounterexample(target.rule, law, target.subject, counterexample);
  const file = await saveFoundCounterexample(saveDir, claim, found, VERSION, target.file);
  return { file, witness: found.witness };
}
