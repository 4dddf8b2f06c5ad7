import { currentLimits } from '../isolation/WorkerLimits.ts';
import { runTasks } from '../isolation/WorkerPool.ts';
import type { RuleDescription, WorkerTask } from '../tasks/WorkerTask.ts';

/** What a check of a rule file would run (its name, claims, notes), learned in a worker: the file's code runs only there. */
export async function describeRuleFile(file: string): Promise<RuleDescription> {
  const task: WorkerTask = { kind: 'describe-rule', file };
  const [description] = await runTasks<RuleDescription>([{ label: file, payload: task }], { size: 1, limits: currentLimits(), onOutput: (t) => process.stderr.write(t) });
  return description!;
}
