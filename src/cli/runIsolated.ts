import { currentLimits } from '../isolation/WorkerLimits.ts';
import { runTasks } from '../isolation/WorkerPool.ts';
import type { WorkerTask } from '../tasks/WorkerTask.ts';
import type { Io } from './Io.ts';

/**
 * Runs a whole command in a worker thread (docs/design.md §6): everything it loads (rule files, map code,
 * the rule files named by saved counterexamples) runs there, under the limits in force (heap cap, load
 * time); its results come back on stdout, its messages and anything user code printed on stderr.
 * Returns the command's exit code.
 */
export async function runIsolated(argv: readonly string[], io: Io): Promise<number> {
  const task: WorkerTask = { kind: 'command', argv };
  const [code] = await runTasks<number>([{ label: `propercheck ${argv[0]}`, payload: task }], {
    size: 1,
    limits: currentLimits(),
    onOutput: (text) => io.err(text.replace(/\n$/, '')),
    onWrite: (stream, text) => (stream === 'out' ? io.out(text) : io.err(text)),
  });
  return code!;
}
