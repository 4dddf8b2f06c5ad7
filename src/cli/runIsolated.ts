import { SpecError } from '../core/SpecError.ts';
import { DEFAULT_LIMITS } from '../isolation/WorkerLimits.ts';
import { runTasks } from '../isolation/WorkerPool.ts';
import type { WorkerTask } from '../tasks/WorkerTask.ts';
import type { Io } from './Io.ts';

/**
 * Runs a whole command in a worker thread (docs/design.md §6): everything it loads (rule files, map code,
 * the rule files named by saved counterexamples) runs there, under the heap cap (--memory-limit MB,
 * taken off the arguments here) and the load time limit; its results come back on stdout, its messages
 * and anything user code printed on stderr. Returns the command's exit code.
 */
export async function runIsolated(argv: readonly string[], io: Io): Promise<number> {
  const { rest, memoryMb } = takeMemoryLimit(argv);
  const task: WorkerTask = { kind: 'command', argv: rest };
  const [code] = await runTasks<number>([{ label: `propercheck ${argv[0]}`, payload: task }], {
    size: 1,
    limits: { ...DEFAULT_LIMITS, ...(memoryMb ? { memoryMb } : {}) },
    onOutput: (text) => io.err(text.replace(/\n$/, '')),
    onWrite: (stream, text) => (stream === 'out' ? io.out(text) : io.err(text)),
  });
  return code!;
}

function takeMemoryLimit(argv: readonly string[]): { rest: string[]; memoryMb?: number } {
  const rest: string[] = [];
  let memoryMb: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = /^--memory-limit=(.*)$/.exec(arg);
    if (arg !== '--memory-limit' && !inline) {
      rest.push(arg);
      continue;
    }
    const value = inline ? inline[1]! : argv[++i];
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 64) throw new SpecError('--memory-limit', `expected a number of MB >= 64, got ${JSON.stringify(value)}`);
    memoryMb = n;
  }
  return { rest, ...(memoryMb ? { memoryMb } : {}) };
}
