/** Hears when a user module's top level starts and ends running (a worker tells its parent, which times it). */
export type LoadPhaseListener = (phase: 'loading' | 'loaded', file: string) => void;

let listener: LoadPhaseListener | undefined;

/** Set by the worker entry: every user module loaded in this thread is then timed by the parent. */
export function setLoadPhaseListener(next: LoadPhaseListener): void {
  listener = next;
}

export function notifyLoadPhase(phase: 'loading' | 'loaded', file: string): void {
  listener?.(phase, file);
}
