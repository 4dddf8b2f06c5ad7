import type { Json } from '../core/Json.ts';
import { decimalsOf } from '../report/readable.ts';
import type { ClaimResult, FoundCounterexample } from '../search/ClaimResult.ts';
import type { SavedCase } from '../search/replaySaved.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { saveFoundCounterexample } from '../store/saveFoundCounterexample.ts';
import type { ClaimReport, CounterexampleReport } from '../report/ClaimReport.ts';

/**
 * Every saved counterexample under the targets, grouped by claim id; unreadable files as one line each.
 * `registryOnly` leaves out files that `check` saved about a rule file (the registry's run replays only its own).
 */
export async function loadSavedCases(targets: readonly string[], options: { registryOnly?: boolean } = {}): Promise<{ byClaim: Map<string, SavedCase[]>; errors: string[] }> {
  const { entries, errors } = await loadCounterexamples(targets, { missingIsEmpty: true });
  const byClaim = new Map<string, SavedCase[]>();
  for (const { file, record } of entries) {
    if (options.registryOnly && record.ruleFile !== undefined) continue;
    const list = byClaim.get(record.claim) ?? [];
    list.push({ file, input: record.input, seed: record.provenance.seed });
    byClaim.set(record.claim, list);
  }
  return { byClaim, errors: errors.map((e) => e.line) };
}

/**
 * Saves the counterexamples found now (atomically, named by content); for replayed ones returns the
 * file they came from. One entry per item, in order (undefined where there is no counterexample).
 */
export async function saveNew(
  saveDir: string,
  items: readonly { readonly id: string; readonly statement: string; readonly counterexample?: FoundCounterexample }[],
  version: string,
  ruleFile?: string,
): Promise<(string | undefined)[]> {
  const files: (string | undefined)[] = [];
  for (const item of items) {
    const found = item.counterexample;
    if (!found) files.push(undefined);
    else files.push(found.replayedFrom ?? (await saveFoundCounterexample(saveDir, item, found, version, ruleFile)));
  }
  return files;
}

/** What every report says about a claim's search (run/checkRule and run/runRegistry add their own fields). */
export function claimReport(r: ClaimResult, file: string | undefined): ClaimReport {
  return {
    id: r.id,
    verdict: r.verdict,
    cases: r.cases,
    runs: r.runs,
    budgetCut: r.budgetCut,
    ms: r.ms,
    ...(r.counterexample && file ? { counterexample: counterexampleReport(file, r.counterexample) } : {}),
    undecided: r.undecided,
    stale: r.stale.map((f) => ({ file: f, reason: 'no longer refutes the claim' })),
    stats: r.stats,
  };
}

/** A counterexample as reports show it: file, exact data and their decimals. */
export function counterexampleReport(file: string, found: FoundCounterexample): CounterexampleReport {
  return {
    file,
    input: found.input,
    witness: found.witness,
    decimals: decimalsOf(found.witness as Json),
    robustness: found.robustness,
    replayed: found.replayedFrom !== undefined,
  };
}
