import { DomainError } from '../numbers/Field.ts';

/**
 * A user's score left its mathematical domain (ln 0, division by zero) at a point. Still a DomainError,
 * so analyses that read ln 0 as -infinity (performative optima of rules on the interior) keep working;
 * where a finite value is required it reaches the CLI as bad input naming the file and the point.
 */
export class RuleDomainError extends DomainError {
  constructor(file: string, detail: string) {
    super(`${file}: score: ${detail}`);
    this.name = 'RuleDomainError';
  }
}
