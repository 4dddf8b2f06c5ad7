import { SpecError } from '../core/SpecError.ts';

/**
 * User code broke a limit of its worker (memory, load time), ended the worker (process.exit), or never
 * settled: bad input, reported as one line naming the file, what happened and which limit (exit 2).
 */
export class IsolationError extends SpecError {
  constructor(at: string, reason: string) {
    super(at, reason);
    this.name = 'IsolationError';
  }
}
