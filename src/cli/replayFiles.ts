import type { Claim } from '../core/Claim.ts';
import type { Robustness } from '../core/Robustness.ts';
import { SpecError } from '../core/SpecError.ts';
import { registry } from '../registry/registry.ts';
import { DEFAULT_EVALUATION_LIMIT_MS, timeLimitedClaim } from '../rulefile/timeLimitedClaim.ts';
import { classifyCounterexample } from '../search/classifyCounterexample.ts';
import { replaySaved } from '../search/replaySaved.ts';
import { loadCounterexamples } from '../store/counterexampleStore.ts';
import { claimForRecord } from './claimForRecord.ts';

export type ReplayStatus = 'reproduced' | 'stale' | 'invalid';

/** One saved file, re-certified: its status, the witness or the reason, and its robustness when it reproduces. */
export interface ReplayRow {
  readonly file: string;
  readonly claim: string;
  readonly status: ReplayStatus;
  readonly detail: string;
  readonly robustness?: Robustness;
}

/**
 * Re-certifies every saved counterexample under the targets exactly (no screening): reproduced (with its
 * fresh witness), stale (it no longer refutes its claim, or its rule file is gone: with the reason), or
 * invalid (unreadable, an unknown claim, a rule file the trust model refuses). Cases of a user's rule are
 * bounded in time as in `check`.
 */
export async function replayFiles(targets: readonly string[], options: { rule?: string; evalLimitMs?: number } = {}): Promise<ReplayRow[]> {
  const { entries, errors } = await loadCounterexamples(targets);
  const registered = new Map(registry.map((c) => [c.id, c] as [string, Claim]));
  const rows: ReplayRow[] = errors.map((e) => ({ file: e.file, claim: '', status: 'invalid', detail: e.line }));
  const ruleClaims = new Map<string, readonly Claim[]>();
  const ctx = { screening: false, precisionCap: 384 };
  for (const { file, record } of entries) {
    try {
      const target = await claimForRecord(record, file, registered, ruleClaims, options.rule);
      if (target.kind === 'gone') {
        rows.push({ file, claim: record.claim, status: 'stale', detail: target.reason });
        continue;
      }
      const claim = record.ruleFile ? timeLimitedClaim(target.claim, record.ruleFile, options.evalLimitMs ?? DEFAULT_EVALUATION_LIMIT_MS) : target.claim;
      const replay = replaySaved(claim, [{ file, input: record.input }], ctx);
      const reproduced = replay.reproduced[0];
      if (replay.invalid.length) rows.push({ file, claim: record.claim, status: 'invalid', detail: replay.invalid[0]! });
      else if (!reproduced) rows.push({ file, claim: record.claim, status: 'stale', detail: 'no longer refutes the claim' });
      else rows.push({ file, claim: record.claim, status: 'reproduced', detail: JSON.stringify(reproduced.outcome.witness), robustness: classifyCounterexample(claim, reproduced.input, reproduced.outcome, ctx) });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      rows.push({ file, claim: record.claim, status: 'invalid', detail: error.message });
    }
  }
  return rows;
}
