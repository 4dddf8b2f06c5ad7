import { VERSION } from '../cli/version.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { CheckDocument } from '../report/CheckDocument.ts';
import { checkRule as runCheck } from '../run/checkRule.ts';
import { DEFAULT_CHECK_RUNS } from '../search/budget.ts';
import type { RuleDefinition } from './defineRule.ts';

/** What `checkRule` accepts besides the rule (every field optional). */
export interface CheckOptions {
  /** Claim names to check (default: all): built-in names or the rule's own defined claims. */
  readonly claims?: readonly string[];
  /** Numbers of outcomes (default: what the rule declares, else 2..6). */
  readonly outcomes?: OutcomeRange;
  /** Cases per claim (default 1000); with no timeLimitMs exactly that many run. */
  readonly runs?: number;
  /** Default: PROPERCHECK_SEED from the environment, else 1 (repeatable in CI). */
  readonly seed?: number;
  readonly timeLimitMs?: number;
  /** Where counterexamples are saved and replayed from (default: counterexamples/ of the rule file's project, or of the current folder for a rule object). */
  readonly saveDir?: string;
  /** Ask the proof tier for unrefuted laws (default true). */
  readonly proof?: boolean;
  readonly proofTimeoutMs?: number;
  /** Worker threads for a rule file (default: the number of cores); results do not depend on it. */
  readonly workers?: number;
  /** Heap cap per worker (MB, default 2048). */
  readonly memoryLimitMb?: number;
}

/**
 * `check` as a function: the claims of a rule (its file's path, or a rule object defined in your code)
 * and the standard battery, certified, with counterexamples saved and replayed. Returns exactly the
 * document `propercheck check --json` prints. A rule file runs in worker threads under limits; a rule
 * object runs in this thread (its code is already yours to run). Throws a one-line error for bad input.
 */
export function checkRule(rule: string | RuleDefinition, options: CheckOptions = {}): Promise<CheckDocument> {
  const seed = options.seed ?? (Number(process.env.PROPERCHECK_SEED) || 1);
  const file = typeof rule === 'string' ? rule : `${rule.name} (rule object)`;
  return runCheck({
    file,
    ...(typeof rule === 'string' ? {} : { rule }),
    ...(options.claims ? { claims: options.claims } : {}),
    ...(options.outcomes ? { outcomes: options.outcomes } : {}),
    runs: options.runs ?? DEFAULT_CHECK_RUNS,
    seed,
    ...(options.timeLimitMs ? { timeLimitMs: options.timeLimitMs } : {}),
    ...(options.saveDir ? { saveDir: options.saveDir } : {}),
    proof: options.proof ?? true,
    ...(options.proofTimeoutMs ? { proofTimeoutMs: options.proofTimeoutMs } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.memoryLimitMb ? { limits: { memoryMb: options.memoryLimitMb } } : {}),
    version: VERSION,
    onOutput: (text) => process.stderr.write(text),
  });
}

