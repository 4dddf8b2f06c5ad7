import type { Bool, Context, Expr, Model } from 'z3-solver';

export type QueryStatus = 'sat' | 'unsat' | 'unknown';

/** One solver call: its status, wall time, and (when sat) what `onModel` read from the model. */
export interface QueryResult<R> {
  readonly status: QueryStatus;
  readonly ms: number;
  readonly model?: R;
  readonly reason?: string;
}

/** A z3 instance (WebAssembly, with its own worker threads) and one context. */
export interface Z3Session {
  readonly ctx: Context<'main'>;
  /** Decides the conjunction of `assertions` within `timeoutMs`; a fresh solver each time, released after. */
  query<R>(assertions: readonly Bool<'main'>[], timeoutMs: number, onModel: (m: Model<'main'>) => R): Promise<QueryResult<R>>;
  /** A numeral or algebraic number as a decimal string with `digits` places (z3 appends '?' if cut). */
  decimal(value: Expr<'main'>, digits: number): string;
  /** Terminates z3's worker threads, which otherwise keep Node alive (Z3Prover/z3 #6701, #7070). */
  close(): Promise<void>;
}

/** z3's own timeout overshoots in WebAssembly; past this grace we interrupt it from the main thread. */
const INTERRUPT_GRACE_MS = 250;

/** z3's memory cap by default (MiB): its WebAssembly heap is a fixed 2 GiB, and running out of it aborts. */
export const DEFAULT_Z3_MEMORY_MIB = 1024;

export interface Z3SessionOptions {
  /**
   * z3's high-water mark (MiB): past it every check returns unknown instead of growing. Not
   * `memory_max_size`, whose out-of-memory error leaves the WebAssembly instance unusable.
   */
  readonly memoryMiB?: number;
}

/**
 * Opens a session: init (about 0.2 s) loads a fresh WebAssembly instance. After `close` the instance
 * is dead (a check on it would spin forever), so every session inits its own; see withZ3.
 */
export async function openZ3Session(opts: Z3SessionOptions = {}): Promise<Z3Session> {
  const { init, killThreads } = await import('z3-solver');
  const api = await init();
  api.setParam('memory_high_watermark_mb', opts.memoryMiB ?? DEFAULT_Z3_MEMORY_MIB);
  const ctx = api.Context('main');
  let busy = false;
  const session: Z3Session = {
    ctx,
    async query(assertions, timeoutMs, onModel) {
      if (busy) throw new Error('z3 session: one query at a time');
      busy = true;
      const solver = new ctx.Solver();
      const started = performance.now();
      const watchdog = setTimeout(() => ctx.interrupt(), timeoutMs + INTERRUPT_GRACE_MS);
      watchdog.unref();
      try {
        solver.set('timeout', Math.max(1, Math.round(timeoutMs)));
        solver.add(...assertions);
        const status = await solver.check();
        const ms = performance.now() - started;
        if (status === 'sat') return { status, ms, model: onModel(solver.model()) };
        if (status === 'unknown') return { status, ms, reason: solver.reasonUnknown() };
        return { status, ms };
      } finally {
        clearTimeout(watchdog);
        solver.release();
        busy = false;
      }
    },
    decimal: (value, digits) => api.Z3.get_numeral_decimal_string(ctx.ptr, value.ast, digits),
    close: () => killThreads(api.em),
  };
  await warmUp(session);
  return session;
}

/**
 * The first check of a fresh instance takes 1-2 s (z3's worker threads start, and WebAssembly code
 * for nonlinear arithmetic is compiled on first use), the second of the same kind milliseconds. One
 * tiny nonlinear query at opening pays this once, so that it is not charged to the first law's budget
 * (quadratic at n = 16 with 1 s: 'unknown (timeout)' before, proved in 0.3 s after).
 */
async function warmUp(session: Z3Session): Promise<void> {
  const x = session.ctx.Real.const('warm_up');
  await session.query([x.mul(x).lt(0)], 10_000, () => undefined);
}

/** Runs `fn` with a session that is always closed afterwards, so the process can exit. */
export async function withZ3<R>(fn: (session: Z3Session) => Promise<R>, opts: Z3SessionOptions = {}): Promise<R> {
  const session = await openZ3Session(opts);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
