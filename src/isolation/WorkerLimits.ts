/** The limits every worker that runs user code works under (docs/design.md §6). */
export interface WorkerLimits {
  /** Cap on the worker's JavaScript heap (MB); a worker over it is ended and reported. */
  readonly memoryMb: number;
  /** How long loading user code (its module's top level) may take (ms). */
  readonly loadMs: number;
  /** How long one call into user code (a score, a map's f) may run before its worker is ended (ms). */
  readonly callMs: number;
}

export const DEFAULT_LIMITS: WorkerLimits = { memoryMb: 2048, loadMs: 10_000, callMs: 60_000 };

let configured: WorkerLimits = DEFAULT_LIMITS;

/** Sets the limits for this process (the CLI's --memory-limit, --load-limit and --call-limit, read before any command runs). */
export function configureLimits(limits: Partial<WorkerLimits>): void {
  configured = { ...DEFAULT_LIMITS, ...limits };
}

/** The limits in force. */
export function currentLimits(): WorkerLimits {
  return configured;
}
