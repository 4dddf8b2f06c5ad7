import { SpecError } from '../core/SpecError.ts';

/** A problem with a user's rule file: always names the file, and the field or call at fault. */
export class RuleFileError extends SpecError {
  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field}`, reason);
    this.name = 'RuleFileError';
  }
}
