import { parentPort } from 'node:worker_threads';
import { match } from 'ts-pattern';
import { main } from '../src/cli/main.ts';
import type { TaskMessage, WorkerMessage } from '../src/isolation/messages.ts';
import { serializeError } from '../src/isolation/serializeError.ts';
import { describeRule } from '../src/tasks/describeRule.ts';
import { experimentInstanceTask } from '../src/tasks/experimentInstanceTask.ts';
import { proveLawsTask } from '../src/tasks/proveLawsTask.ts';
import { ruleFigures } from '../src/tasks/ruleFigures.ts';
import { runClaimTask } from '../src/tasks/runClaimTask.ts';
import { setLoadPhaseListener } from '../src/store/loadPhase.ts';
import type { WorkerTask } from '../src/tasks/WorkerTask.ts';

// The program every worker thread runs (dist/worker.js): it takes tasks one at a time from the parent
// and answers each with a result or a failure. User code runs only here, under the worker's limits.
// Thin: the tasks live in src/tasks, the commands in src/cli.
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
setLoadPhaseListener((phase, file) => post({ type: phase, file }));

port.on('message', async ({ id, task }: TaskMessage) => {
  try {
    post({ type: 'result', id, value: await run(task as WorkerTask, (text) => post({ type: 'progress', id, text })) });
  } catch (error) {
    post({ type: 'failure', id, error: serializeError(error) });
  }
});

function run(task: WorkerTask, progress: (text: string) => void): Promise<unknown> {
  return match(task)
    .with({ kind: 'describe-rule' }, (t) => describeRule(t.file))
    .with({ kind: 'claim' }, (t) => runClaimTask(t.source, t.budget, t.saved, (cases) => progress(String(cases))))
    .with({ kind: 'prove-laws' }, (t) => proveLawsTask(t.file, t.laws, t.outcomes, t.timeoutMs))
    .with({ kind: 'figures' }, (t) => ruleFigures(t.file, t.items))
    .with({ kind: 'experiment-instance' }, (t) => experimentInstanceTask(t.spec, t.seed, t.instance, t.evalLimitMs))
    .with({ kind: 'command' }, (t) =>
      main(t.argv, { out: (text) => post({ type: 'output', stream: 'out', text }), err: (text) => post({ type: 'output', stream: 'err', text }), progress: false }),
    )
    .exhaustive();
}
