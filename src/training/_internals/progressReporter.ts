import type { TrainingProgress } from '../TrainingRun.ts';

/** Calls per run at most (about one per percent): a progress line costs nothing measurable. */
const REPORTS = 100;

/** A function the trainers call after every step; it passes about REPORTS of them on to `onProgress`. */
export function progressReporter(steps: number, onProgress?: (progress: TrainingProgress) => void): (step: number, tier: TrainingProgress['tier'], radius: number) => void {
  if (!onProgress) return () => {};
  const every = Math.max(1, Math.floor(steps / REPORTS));
  return (step, tier, radius) => {
    if (step % every === 0 || step === steps) onProgress({ step, steps, tier, radius });
  };
}
