import { isJsonObject, type Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import type { ExperimentSpec } from '../experiments/ExperimentSpec.ts';
import { encodeExperimentSpec } from '../experiments/experimentSpecCodec.ts';
import type { InstanceResult } from '../experiments/QuantityValue.ts';
import { currentLimits } from '../isolation/WorkerLimits.ts';
import { runTasks, type Task } from '../isolation/WorkerPool.ts';
import { canonicalJson } from '../store/canonicalJson.ts';
import { readCheckpoint, writeCheckpoint } from '../store/experimentCheckpoint.ts';
import type { WorkerTask } from '../tasks/WorkerTask.ts';

export interface ExperimentProgress {
  readonly done: number;
  readonly total: number;
  /** Instances taken from the checkpoint (not computed in this run). */
  readonly resumed: number;
  readonly elapsedMs: number;
}

export interface RunExperimentOptions {
  readonly spec: ExperimentSpec;
  readonly seed: number;
  /** The instances to run (1-based), e.g. 1..N, or [K] for --instance K. */
  readonly instances: readonly number[];
  readonly workers: number;
  /** Time one instance of a rule file may take. */
  readonly evalLimitMs: number;
  /** Where finished instances are kept; with `resume`, instances already there are not computed again. */
  readonly checkpoint?: { readonly file: string; readonly resume: boolean };
  readonly version: string;
  readonly onProgress?: (progress: ExperimentProgress) => void;
  /** Receives a function that writes the checkpoint now (an interrupted run calls it before it exits). */
  readonly onFlushReady?: (flush: () => Promise<void>) => void;
}

export interface ExperimentRun {
  /** One result per requested instance, in instance order. */
  readonly results: readonly InstanceResult[];
  readonly resumed: number;
  readonly ms: number;
}

/** How often the checkpoint is rewritten while instances finish (ms). */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * Runs the instances of an experiment on a pool of `workers` threads (user code, a rule file, only ever
 * runs there). Each instance is generated from (seed, K) alone and the results are put in instance order,
 * so they are the same for any number of workers and any order of completion. Finished instances are
 * written to the checkpoint (atomically, at most once a second and at the end); `resume` takes those that
 * match this spec and seed and computes only the others.
 */
export async function runExperiment(options: RunExperimentOptions): Promise<ExperimentRun> {
  const started = performance.now();
  const { spec, seed } = options;
  const key = checkpointKey(spec);
  const known = new Map<number, InstanceResult>();
  if (options.checkpoint?.resume) for (const r of await resumable(options.checkpoint.file, key, seed)) known.set(r.instance, r);
  const wanted = new Set(options.instances);
  const resumed = [...known.keys()].filter((k) => wanted.has(k)).length;
  const todo = options.instances.filter((k) => !known.has(k));
  const save = checkpointWriter(options, key, known);
  options.onFlushReady?.(save.now);
  let done = resumed;
  const report = () => options.onProgress?.({ done, total: options.instances.length, resumed, elapsedMs: performance.now() - started });
  report();
  const specJson = encodeExperimentSpec(spec);
  const tasks = todo.map((instance): Task => ({
    label: `experiment ${spec.name}, instance ${instance} (seed ${seed})`,
    payload: { kind: 'experiment-instance', spec: specJson, seed, instance, evalLimitMs: options.evalLimitMs } satisfies WorkerTask,
  }));
  await runTasks<InstanceResult>(tasks, {
    size: Math.max(1, options.workers),
    limits: currentLimits(),
    onOutput: () => {},
    onResult: (index, value) => {
      known.set(todo[index]!, value as InstanceResult);
      done++;
      report();
      save.soon();
    },
  });
  await save.now();
  return { results: options.instances.map((k) => known.get(k)!), resumed, ms: performance.now() - started };
}

/** What a checkpoint must match to be resumed: everything that changes an instance's result (not the sample count). */
function checkpointKey(spec: ExperimentSpec): string {
  const { family, rule, quantities, resolution, optimum } = encodeExperimentSpec(spec);
  return canonicalJson({ family: family!, rule: rule!, quantities: quantities!, resolution: resolution!, optimum: optimum! });
}

async function resumable(file: string, key: string, seed: number): Promise<InstanceResult[]> {
  const json = await readCheckpoint(file);
  if (json === undefined) return [];
  if (!isJsonObject(json) || json['format'] !== 1 || !Array.isArray(json['results'])) throw new SpecError(file, 'not an experiment checkpoint (format 1); delete it or run without --resume');
  if (json['key'] !== key || json['seed'] !== seed) {
    throw new SpecError(file, `the checkpoint was written for another spec or seed (seed ${String(json['seed'])}); delete it or run without --resume`);
  }
  return json['results'] as unknown as InstanceResult[];
}

/** Writes the checkpoint at most once a second while results arrive, one write at a time, and on demand. */
function checkpointWriter(options: RunExperimentOptions, key: string, known: ReadonlyMap<number, InstanceResult>) {
  let chain: Promise<void> = Promise.resolve();
  let last = 0;
  const write = () => {
    if (!options.checkpoint) return chain;
    const file = options.checkpoint.file;
    const results = [...known.values()].sort((a, b) => a.instance - b.instance) as unknown as Json[];
    const doc: Json = { format: 1, experiment: options.spec.name, key, seed: options.seed, propercheckVersion: options.version, results };
    chain = chain.then(() => writeCheckpoint(file, doc));
    return chain;
  };
  return {
    now: () => write(),
    soon: () => {
      const t = performance.now();
      if (t - last < CHECKPOINT_EVERY_MS) return;
      last = t;
      void write().catch(() => {});
    },
  };
}
