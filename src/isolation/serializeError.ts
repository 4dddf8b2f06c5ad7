import { SpecError } from '../core/SpecError.ts';
import type { SerializedError } from './messages.ts';

/** An error as it can cross a thread: bad input keeps its place and reason; anything else is a bug. */
export function serializeError(error: unknown): SerializedError {
  const cause = (error as { cause?: unknown })?.cause;
  const bad = error instanceof SpecError ? error : cause instanceof SpecError ? cause : undefined;
  if (bad) return { kind: 'bad-input', at: bad.at, reason: bad.reason };
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'bug', message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** The error again on the parent's side: a SpecError (one line, exit 2), or an Error carrying the worker's stack. */
export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'bad-input') return new SpecError(error.at, error.reason);
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}
