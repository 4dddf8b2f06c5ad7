import type { SavedCase } from '../search/replaySaved.ts';
import type { LoadedCounterexample } from '../store/counterexampleStore.ts';

/** Saved counterexamples grouped by claim id, as the search runner replays them. */
export function savedCasesByClaim(entries: readonly LoadedCounterexample[]): Map<string, SavedCase[]> {
  const byClaim = new Map<string, SavedCase[]>();
  for (const { file, record } of entries) {
    const list = byClaim.get(record.claim) ?? [];
    list.push({ file, input: record.input, seed: record.provenance.seed });
    byClaim.set(record.claim, list);
  }
  return byClaim;
}
