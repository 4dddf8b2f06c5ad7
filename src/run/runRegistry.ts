import type { Claim } from '../core/Claim.ts';
import { SpecError } from '../core/SpecError.ts';
import { currentLimits } from '../isolation/WorkerLimits.ts';
import { runTasks, type Task } from '../isolation/WorkerPool.ts';
import { registry, selectClaims } from '../registry/registry.ts';
import type { ClaimResult } from '../search/ClaimResult.ts';
import type { SavedCase } from '../search/replaySaved.ts';
import { runClaim } from '../search/runClaim.ts';
import type { SearchBudget, WorkerTask } from '../tasks/WorkerTask.ts';
import { claimReport, loadSavedCases, saveNew } from './savedCounterexamples.ts';
import type { RunDocument, RunResult } from '../report/RunDocument.ts';
import { shardOf, type Shard } from './shard.ts';

export interface RunRegistryOptions {
  /** Claim ids or globs (default: every registered claim). */
  readonly claims?: readonly string[];
  readonly runs: number;
  readonly seed: number;
  readonly timeLimitMs?: number;
  readonly screening?: boolean;
  readonly saveDir: string;
  /** 1: in this thread; more: that many worker threads. Results are the same for any number. */
  readonly workers: number;
  readonly shard?: Shard;
  readonly version: string;
  readonly onProgress?: (text: string) => void;
}

/**
 * `run` as a function: every registered claim (or the chosen ones) against its expectation, saved
 * counterexamples replayed first, new ones saved. The claims are independent and each is seeded, so
 * they can run in any order on any number of workers with the same results.
 */
export async function runRegistry(options: RunRegistryOptions): Promise<RunDocument> {
  const claims = shardOf(chooseClaims(options.claims ?? []), options.shard);
  const { byClaim, errors } = await loadSavedCases([options.saveDir], { registryOnly: true });
  const known = new Set(registry.map((c) => c.id));
  const unregistered = [...byClaim.entries()].filter(([id]) => !known.has(id)).flatMap(([id, cases]) => cases.map((c) => `${c.file}: claim: ${id} is not a registered claim`));
  const budget: SearchBudget = { runs: options.runs, seed: options.seed, ...(options.timeLimitMs ? { timeLimitMs: options.timeLimitMs } : {}), screening: options.screening ?? true };
  const results = options.workers > 1 ? await inWorkers(claims, budget, byClaim, options) : inThisThread(claims, budget, byClaim, options);
  const files = await saveNew(options.saveDir, results, options.version);
  return {
    seed: options.seed,
    results: results.map((r, i) => resultOf(r, files[i])),
    errors: [...errors, ...unregistered, ...results.flatMap((r) => r.invalid)],
    ...(options.shard ? { shard: options.shard } : {}),
  };
}

function inThisThread(claims: readonly Claim[], budget: SearchBudget, saved: ReadonlyMap<string, SavedCase[]>, options: RunRegistryOptions): ClaimResult[] {
  return claims.map((claim, i) => {
    options.onProgress?.(`[${i + 1}/${claims.length}] ${claim.id}`);
    return runClaim(claim, { ...budget, saved: saved.get(claim.id) ?? [] });
  });
}

async function inWorkers(claims: readonly Claim[], budget: SearchBudget, saved: ReadonlyMap<string, SavedCase[]>, options: RunRegistryOptions): Promise<ClaimResult[]> {
  const tasks = claims.map((claim): Task => ({ label: claim.id, payload: { kind: 'claim', source: { kind: 'registry', id: claim.id }, budget, saved: saved.get(claim.id) ?? [] } satisfies WorkerTask }));
  let done = 0;
  return runTasks<ClaimResult>(tasks, {
    size: options.workers,
    limits: currentLimits(),
    onOutput: () => {},
    onProgress: (index) => options.onProgress?.(`[${++done}/${claims.length}] ${claims[index]!.id}`),
  });
}

function chooseClaims(selectors: readonly string[]): readonly Claim[] {
  if (selectors.length === 0) return registry;
  const chosen = new Set<Claim>();
  for (const selector of selectors) {
    const matched = selectClaims(registry, selector);
    if (matched.length === 0) throw new SpecError('--claim', `no registered claim matches ${JSON.stringify(selector)} (see propercheck list)`);
    for (const c of matched) chosen.add(c);
  }
  return registry.filter((c) => chosen.has(c));
}

function resultOf(r: ClaimResult, file: string | undefined): RunResult {
  return { ...claimReport(r, file), statement: r.statement, expect: r.expect, met: r.met };
}
