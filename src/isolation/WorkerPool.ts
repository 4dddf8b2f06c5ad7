import { Worker } from 'node:worker_threads';
import { IsolationError } from './IsolationError.ts';
import type { TaskMessage, WorkerMessage } from './messages.ts';
import { callWatchdog } from './callWatchdog.ts';
import { deserializeError } from './serializeError.ts';
import type { WorkerLimits } from './WorkerLimits.ts';
import { workerScript } from './workerScript.ts';

/** One unit of work for a worker: plain data, and what to call it in a message (e.g. the rule file). */
export interface Task {
  readonly label: string;
  readonly payload: unknown;
}

export interface PoolOptions {
  /** Workers at most (each runs tasks one after another). */
  readonly size: number;
  readonly limits: WorkerLimits;
  /** Anything user code printed (console.log in a rule file): never mixed into stdout's results. */
  readonly onOutput: (text: string) => void;
  /** Progress lines a task sends while it runs (task index, text). */
  readonly onProgress?: (index: number, text: string) => void;
  /** What a task writes as its own output (a command run in a worker): results on 'out', messages on 'err'. */
  readonly onWrite?: (stream: 'out' | 'err', text: string) => void;
  /** Each task's result as soon as it arrives (task index, value), e.g. to checkpoint a long run. */
  readonly onResult?: (index: number, value: unknown) => void;
}

/**
 * Runs tasks on up to `size` worker threads, each with a heap cap and a watchdog on calls into user code
 * (callWatchdog), and returns their results in task
 * order (which worker ran a task never matters: tasks are independent and deterministic). A worker that
 * breaks a limit, exits or never settles ends the whole run with one IsolationError naming the task;
 * when the run ends, every worker is terminated, so timers or handles left by user code keep nothing alive.
 */
export async function runTasks<R>(tasks: readonly Task[], options: PoolOptions): Promise<R[]> {
  if (tasks.length === 0) return [];
  const script = await workerScript();
  const results = new Array<R>(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<R[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const start = () => {
      const calls = new SharedArrayBuffer(8);
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: options.limits.memoryMb }, stdout: true, stderr: true, workerData: { calls } });
      workers.push(worker);
      const watchdog = callWatchdog(calls, options.limits.callMs, (site) =>
        finish(new IsolationError(site, `did not return within ${options.limits.callMs} ms (a loop in user code? --call-limit)`)),
      );
      worker.stdout.on('data', (chunk: Buffer) => options.onOutput(chunk.toString()));
      worker.stderr.on('data', (chunk: Buffer) => options.onOutput(chunk.toString()));
      let current = -1;
      let loadTimer: NodeJS.Timeout | undefined;
      const assign = () => {
        if (next >= tasks.length) return void worker.terminate();
        current = next++;
        worker.postMessage({ type: 'task', id: current, task: tasks[current]!.payload } satisfies TaskMessage);
      };
      const label = () => (current >= 0 ? tasks[current]!.label : 'propercheck worker');
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'loading') {
          loadTimer = setTimeout(
            () => finish(new IsolationError(m.file, `did not finish loading within ${options.limits.loadMs} ms (a loop, or a top-level await that never settles, at the top level of the module)`)),
            options.limits.loadMs,
          );
        } else if (m.type === 'loaded') clearTimeout(loadTimer);
        else if (m.type === 'call-site') watchdog.site(m.id, m.label);
        else if (m.type === 'progress') options.onProgress?.(m.id, m.text);
        else if (m.type === 'output') options.onWrite?.(m.stream, m.text);
        else if (m.type === 'failure') finish(deserializeError(m.error));
        else if (m.type === 'result') {
          results[m.id] = m.value as R;
          current = -1;
          options.onResult?.(m.id, m.value);
          if (++done === tasks.length) finish();
          else assign();
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `used more than the memory limit of ${options.limits.memoryMb} MB (--memory-limit)` : `failed in its worker: ${error.message}`;
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' || current >= 0 ? new IsolationError(label(), reason) : error);
      });
      worker.on('exit', (code) => {
        clearTimeout(loadTimer);
        watchdog.stop();
        if (current >= 0) finish(new IsolationError(label(), `ended its worker (exit code ${code}) before finishing: a call of process.exit, or a top-level await that never settles`));
      });
      assign();
    };
    for (let i = 0; i < Math.min(options.size, tasks.length); i++) start();
  });
}
