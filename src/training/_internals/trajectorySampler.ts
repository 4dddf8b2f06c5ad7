import type { TrainingStep } from '../TrainingRun.ts';

/**
 * Keeps every k-th step of a run and the last one, so a run of a million steps holds about a million / k
 * records. A step not (yet) kept is held as a function that builds its record, called only if the run
 * ends there (the trainers' states are immutable values, so the function sees the state of that step).
 */
export class TrajectorySampler {
  private readonly kept: TrainingStep[] = [];
  private last: (() => TrainingStep) | undefined;

  constructor(private readonly every: number) {
    if (!Number.isSafeInteger(every) || every < 1) throw new RangeError(`sampleEvery must be a positive integer, got ${every}`);
  }

  /** Offering a step again (the trainer handing it over from the exact tier to the certified one) replaces it. */
  offer(step: number, record: () => TrainingStep): void {
    if (this.kept.at(-1)?.step === step) this.kept.pop();
    if (step % this.every === 0) {
      this.kept.push(record());
      this.last = undefined;
    } else this.last = record;
  }

  trajectory(): TrainingStep[] {
    return this.last ? [...this.kept, this.last()] : [...this.kept];
  }
}
