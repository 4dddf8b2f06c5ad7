import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { SpecError } from '../core/SpecError.ts';
import { currentLimits, type WorkerLimits } from '../isolation/WorkerLimits.ts';
import { runTasks, type Task } from '../isolation/WorkerPool.ts';
import { DEFAULT_CHECK_RUNS } from '../search/budget.ts';
import type { ClaimResult } from '../search/ClaimResult.ts';
import type { LawProof, RuleDescription, SearchBudget, WorkerTask } from '../tasks/WorkerTask.ts';
import type { CheckDocument, CheckResult } from '../report/CheckDocument.ts';
import { defaultSaveDir } from './defaultSaveDir.ts';
import { didYouMean } from './didYouMean.ts';
import { claimReport, counterexampleReport, loadSavedCases, saveNew } from './savedCounterexamples.ts';
import { shardOf, type Shard } from './shard.ts';
import { registerRuleObject } from '../tasks/ruleSession.ts';
import { type RuleTask, runWorkerTask } from '../tasks/runWorkerTask.ts';
import { validateRuleObject } from '../rulefile/validateRuleObject.ts';

/** The range `check` uses for a rule file that declares none. */
export const DEFAULT_CHECK_RANGE: OutcomeRange = { min: 2, max: 6 };
/** Per case of a user's rule (all tiers and escalations included). */
export const DEFAULT_EVAL_LIMIT_MS = 10_000;
/** Per SMT query in `check`: proofs are a bonus on top of the search, so they are kept short. */
export const DEFAULT_PROOF_TIMEOUT_MS = 3_000;

export interface CheckRuleOptions {
  /** The rule file, or (with `rule`) the name the rule object is reported under. */
  readonly file: string;
  /**
   * A rule object (the library's checkRule given an object, not a path): checked in this thread (its
   * code is the caller's own, already running here), with the per-case time limit but no worker.
   */
  readonly rule?: unknown;
  /** Claim names to check (default: all): built-in names or the rule file's own claims. */
  readonly claims?: readonly string[];
  /** Default: the range the file declares, else 2..6. */
  readonly outcomes?: OutcomeRange;
  readonly runs?: number;
  readonly seed: number;
  /** Per claim (ms); absent: no limit. */
  readonly timeLimitMs?: number;
  readonly evalLimitMs?: number;
  /** Default: counterexamples/ of the rule file's project (defaultSaveDir). */
  readonly saveDir?: string;
  readonly proof?: boolean;
  readonly proofTimeoutMs?: number;
  readonly screening?: boolean;
  /** Worker threads (default: the number of cores). Results do not depend on it. */
  readonly workers?: number;
  readonly limits?: Partial<WorkerLimits>;
  readonly shard?: Shard;
  readonly version: string;
  /** What user code printed (console.log in the rule file); never mixed into results. */
  readonly onOutput?: (text: string) => void;
  readonly onProgress?: (text: string) => void;
}

/**
 * `check` as a function (the CLI prints its document; the library returns it): the author's claims
 * about a rule file and the standard battery, every piece of user code run in worker threads under
 * limits. Saved counterexamples are replayed first, new ones saved under the rule's project, unrefuted
 * laws handed to the proof tier.
 */
export async function checkRule(options: CheckRuleOptions): Promise<CheckDocument> {
  const pool = executor(options);
  const [description] = (await pool([{ label: options.file, payload: { kind: 'describe-rule', file: options.file } satisfies WorkerTask }])) as [RuleDescription];
  const outcomes = checkedRange(description, options.outcomes);
  const chosen = shardOf(chooseClaims(description, options.claims), options.shard);
  const saveDir = options.saveDir ?? (options.rule ? 'counterexamples' : defaultSaveDir(options.file));
  const { byClaim, errors } = await loadSavedCases([join(saveDir, description.name)]);
  const budget: SearchBudget = {
    runs: options.runs ?? DEFAULT_CHECK_RUNS,
    seed: options.seed,
    ...(options.timeLimitMs ? { timeLimitMs: options.timeLimitMs } : {}),
    screening: options.screening ?? true,
  };
  const tasks = chosen.map((c): Task => ({
    label: options.file,
    payload: {
      kind: 'claim',
      source: { kind: 'rule-file', file: options.file, name: c.name, outcomes, evalLimitMs: options.evalLimitMs ?? DEFAULT_EVAL_LIMIT_MS },
      budget,
      saved: byClaim.get(`${description.name}/${c.name}`) ?? [],
    } satisfies WorkerTask,
  }));
  const done = new Set<number>();
  const searched = (await pool(tasks, (index, cases) => options.onProgress?.(`[${done.size + 1}/${tasks.length}] ${description.name}/${chosen[index]!.name}: ${cases} cases`))) as ClaimResult[];
  const ruleFile = options.rule ? undefined : options.file;
  const files = await saveNew(saveDir, searched, options.version, ruleFile);
  const proofs = await proveUnrefuted(pool, options, chosen, searched, outcomes);
  const refutedByProof = proofs.flatMap((p) => (p.verdict === 'refuted' ? [p] : []));
  const proofFiles = await saveNew(saveDir, refutedByProof.map((p) => ({ id: p.claimId, statement: p.statement, counterexample: p.found })), options.version, ruleFile);
  const proofFile = (law: string | undefined) => proofFiles[refutedByProof.findIndex((p) => p.law === law)];
  const results = chosen.map((c, i) => resultOf(c, searched[i]!, files[i], proofs.find((p) => p.law === c.law), proofFile(c.law)));
  return {
    rule: description.name,
    file: options.file,
    outcomes,
    seed: options.seed,
    saveDir,
    results,
    notes: options.claims ? [] : description.notes,
    errors: [...errors, ...searched.flatMap((r) => r.invalid)],
    ...(options.shard ? { shard: options.shard } : {}),
  };
}

type Executor = (tasks: readonly Task[], onProgress?: (index: number, text: string) => void) => Promise<unknown[]>;

/** Where tasks run: worker threads under limits for a rule file; this thread for a rule object (registered under its name). */
function executor(options: CheckRuleOptions): Executor {
  if (options.rule === undefined) {
    const limits = { ...currentLimits(), ...options.limits };
    return (tasks, onProgress) => runTasks<unknown>(tasks, { size: options.workers ?? availableParallelism(), limits, onOutput: options.onOutput ?? (() => {}), ...(onProgress ? { onProgress } : {}) });
  }
  registerRuleObject(options.file, validateRuleObject(options.rule, options.file));
  return async (tasks, onProgress) => {
    const results: unknown[] = [];
    for (const [i, task] of tasks.entries()) results.push(await runWorkerTask(task.payload as RuleTask, (text) => onProgress?.(i, text)));
    return results;
  };
}

/** The range to check: the flag's (inside what the rule declares), else the declared range, else 2..6. */
function checkedRange(description: RuleDescription, flag: OutcomeRange | undefined): OutcomeRange {
  const declared = description.outcomes;
  if (!flag) return description.declaredOutcomes ? declared : DEFAULT_CHECK_RANGE;
  if (flag.min < declared.min || flag.max > declared.max) {
    throw new SpecError('--outcomes', `${flag.min}..${flag.max} is outside the rule's outcomes ${declared.min}..${declared.max} (${description.file})`);
  }
  return flag;
}

function chooseClaims(description: RuleDescription, names: readonly string[] | undefined): RuleDescription['claims'] {
  if (!names) return description.claims;
  const known = description.claims.map((c) => c.name);
  names.forEach((name, i) => {
    if (!known.includes(name)) throw new SpecError(`--claims[${i}]`, `the rule has no claim ${JSON.stringify(name)}${didYouMean(name, known)}; its claims: ${known.join(', ')}`);
  });
  return description.claims.filter((c) => names.includes(c.name));
}

/** The proof tier for the laws the search left unrefuted, in a worker (it runs the rule's score symbolically). */
async function proveUnrefuted(
  pool: Executor,
  options: CheckRuleOptions,
  chosen: RuleDescription['claims'],
  searched: readonly ClaimResult[],
  outcomes: OutcomeRange,
): Promise<LawProof[]> {
  const laws = chosen.flatMap((c, i) => (c.law && searched[i]!.verdict === 'unrefuted' ? [c.law] : []));
  if (options.proof === false || laws.length === 0) return [];
  const payload: WorkerTask = { kind: 'prove-laws', file: options.file, laws, outcomes, timeoutMs: options.proofTimeoutMs ?? DEFAULT_PROOF_TIMEOUT_MS };
  const [proofs] = (await pool([{ label: options.file, payload }])) as [LawProof[]];
  return proofs;
}

function resultOf(claim: RuleDescription['claims'][number], r: ClaimResult, file: string | undefined, proof: LawProof | undefined, proofFile: string | undefined): CheckResult {
  const base: CheckResult = { ...claimReport(r, file), claim: claim.name, claimedByAuthor: claim.claimedByAuthor };
  if (!proof) return base;
  if (proof.verdict === 'proved') return { ...base, verdict: 'proved', provedFor: `${proof.outcomes[0]}..${proof.outcomes[1]}`, ms: r.ms + proof.ms };
  if (proof.verdict === 'refuted') {
    return { ...base, verdict: 'refuted', ms: r.ms + proof.ms, ...(proofFile ? { counterexample: counterexampleReport(proofFile, proof.found) } : {}) };
  }
  return { ...base, proofNote: proof.note, ms: r.ms + proof.ms };
}
