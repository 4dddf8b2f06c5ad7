import { match, P } from 'ts-pattern';
import { describeRule } from './describeRule.ts';
import { experimentInstanceTask } from './experimentInstanceTask.ts';
import { proveLawsTask } from './proveLawsTask.ts';
import { ruleFigures } from './ruleFigures.ts';
import { runClaimTask } from './runClaimTask.ts';
import type { WorkerTask } from './WorkerTask.ts';

/** The tasks that need no command line: run in a worker thread (scripts/worker.ts) or, for a rule object handed to the library, here. */
export type RuleTask = Exclude<WorkerTask, { kind: 'command' }>;

export function runWorkerTask(task: RuleTask, progress: (text: string) => void): Promise<unknown> {
  return match(task)
    .with({ kind: 'describe-rule' }, (t) => describeRule(t.file))
    .with({ kind: 'claim' }, (t) => runClaimTask(t.source, t.budget, t.saved, (cases) => progress(String(cases))))
    .with({ kind: 'prove-laws' }, (t) => proveLawsTask(t.file, t.laws, t.outcomes, t.timeoutMs))
    .with({ kind: 'figures' }, (t) => ruleFigures(t.file, t.items))
    .with({ kind: 'experiment-instance' }, (t) => experimentInstanceTask(t.spec, t.seed, t.instance, t.evalLimitMs))
    .exhaustive();
}

export function isRuleTask(task: WorkerTask): task is RuleTask {
  return match(task)
    .with({ kind: 'command' }, () => false)
    .with({ kind: P.union('describe-rule', 'claim', 'prove-laws', 'figures', 'experiment-instance') }, () => true)
    .exhaustive();
}
