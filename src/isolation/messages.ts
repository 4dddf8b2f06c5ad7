/** A failure inside a worker, as it crosses to the parent: bad input (one line) or a bug (with its stack). */
export type SerializedError =
  | { readonly kind: 'bad-input'; readonly at: string; readonly reason: string }
  | { readonly kind: 'bug'; readonly message: string; readonly stack?: string };

/** Parent to worker: run one task (tasks are plain data, defined by the worker's handlers). */
export interface TaskMessage {
  readonly type: 'task';
  readonly id: number;
  readonly task: unknown;
}

/** Worker to parent. `loading`/`loaded` bracket user code's top level, so the parent can time it. */
export type WorkerMessage =
  | { readonly type: 'loading'; readonly file: string }
  | { readonly type: 'loaded'; readonly file: string }
  /** A call site of user code, named the first time it is entered (the call watchdog reports it by name). */
  | { readonly type: 'call-site'; readonly id: number; readonly label: string }
  | { readonly type: 'progress'; readonly id: number; readonly text: string }
  | { readonly type: 'output'; readonly stream: 'out' | 'err'; readonly text: string }
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'failure'; readonly id: number; readonly error: SerializedError };
