import { parentPort, workerData } from 'node:worker_threads';
import { main } from '../src/cli/main.ts';
import type { TaskMessage, WorkerMessage } from '../src/isolation/messages.ts';
import { serializeError } from '../src/isolation/serializeError.ts';
import { watchUserCalls } from '../src/isolation/watchUserCalls.ts';
import { setLoadPhaseListener } from '../src/store/loadPhase.ts';
import { isRuleTask, runWorkerTask } from '../src/tasks/runWorkerTask.ts';
import type { WorkerTask } from '../src/tasks/WorkerTask.ts';

// The program every worker thread runs (dist/worker.js): it takes tasks one at a time from the parent
// and answers each with a result or a failure. User code runs only here, under the worker's limits.
// Thin: the tasks live in src/tasks, the commands in src/cli.
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
setLoadPhaseListener((phase, file) => post({ type: phase, file }));
watchUserCalls((workerData as { calls: SharedArrayBuffer }).calls, (id, label) => post({ type: 'call-site', id, label }));

port.on('message', async ({ id, task }: TaskMessage) => {
  try {
    post({ type: 'result', id, value: await run(task as WorkerTask, (text) => post({ type: 'progress', id, text })) });
  } catch (error) {
    post({ type: 'failure', id, error: serializeError(error) });
  }
});

function run(task: WorkerTask, progress: (text: string) => void): Promise<unknown> {
  if (isRuleTask(task)) return runWorkerTask(task, progress);
  const write = (stream: 'out' | 'err') => (text: string) => post({ type: 'output', stream, text });
  return main(task.argv, { out: write('out'), err: write('err'), progress: false });
}
