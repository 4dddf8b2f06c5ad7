import { SpecError } from '../core/SpecError.ts';

/** A user-defined claim that cannot be used as written: names the definition and the field at fault. */
export class UserClaimError extends SpecError {
  constructor(where: string, field: string, reason: string) {
    super(`${where}: ${field}`, reason);
    this.name = 'UserClaimError';
  }
}
