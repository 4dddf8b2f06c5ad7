import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinExperiment } from '../../src/experiments/builtinExperiments.ts';
import { experimentDocument } from '../../src/experiments/experimentDocument.ts';
import { runExperiment } from '../../src/run/runExperiment.ts';

/**
 * Figures: wall time of the built-in experiment many-outcome-brier (1,000 instances, seed 1, n = 5, exact KKT)
 * on all cores, the time per instance (median, max) and how many instances are undecided or failed (both
 * should be 0); and the same for 20 instances of many-outcome-spherical-n3 (certified branch and bound),
 * to show what a non-quadratic rule costs. Set PROPERCHECK_EXPERIMENT_SAMPLES to change the 1,000.
 */
export async function benchExperiments(): Promise<object> {
  const workers = availableParallelism();
  const samples = Number(process.env.PROPERCHECK_EXPERIMENT_SAMPLES ?? 1000);
  return {
    experimentManyOutcomeBrier: await timeExperiment('many-outcome-brier', samples, workers),
    experimentManyOutcomeSphericalN3: await timeExperiment('many-outcome-spherical-n3', 20, workers),
  };
}

async function timeExperiment(name: string, samples: number, workers: number): Promise<object> {
  const spec = builtinExperiment(name)!;
  const dir = mkdtempSync(join(tmpdir(), 'propercheck-bench-'));
  try {
    const run = await runExperiment({
      spec,
      seed: 1,
      instances: Array.from({ length: samples }, (_, i) => i + 1),
      workers,
      evalLimitMs: 60_000,
      version: 'bench',
      checkpoint: { file: join(dir, 'checkpoint.json'), resume: false },
    });
    const started = performance.now();
    const doc = experimentDocument(spec, 1, run.results);
    const statisticsMs = performance.now() - started;
    const times = run.results.map((r) => r.ms).sort((a, b) => a - b);
    return {
      samples,
      workers,
      wallSeconds: Math.round(run.ms / 100) / 10,
      statisticsSeconds: Math.round(statisticsMs / 100) / 10,
      perInstanceMedianMs: Math.round(times[Math.floor((times.length - 1) / 2)]! * 10) / 10,
      perInstanceMaxMs: Math.round(times[times.length - 1]! * 10) / 10,
      undecided: doc.undecided,
      failed: doc.failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchExperiments(), null, 2));
