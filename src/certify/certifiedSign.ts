import { intervalField } from '../numbers/IntervalField.ts';
import type { CertifyOptions } from './CertifyOptions.ts';
import { exactValue } from './evaluate.ts';
import type { ValueFormula } from './Formula.ts';
import { precisionLevels } from './precisionLevels.ts';
import { count } from './recordDecisions.ts';

/** Default precision cap for signs asked by algorithms (many boxes; a sign they cannot get is not an error). */
export const SIGN_PRECISION_CAP = 96;

/**
 * The certified sign of a formula's value, or undefined when no tier up to the cap separates it from 0.
 * 0 is returned only when the value is exactly 0 (exact tier, or an interval [0, 0]): a sign is never
 * read off a tolerance (that is the equality policy of relation decisions, not of signs).
 */
export function certifiedSign(formula: ValueFormula, options: CertifyOptions = {}): -1 | 0 | 1 | undefined {
  const exact = exactValue(formula, options.exact);
  if (exact) {
    count('rational');
    return exact.sign();
  }
  for (const [index, digits] of precisionLevels(options.precisionCap ?? SIGN_PRECISION_CAP).entries()) {
    if (index > 0) count('escalations');
    const F = intervalField(digits);
    const sign = F.sign(formula(F));
    if (sign !== undefined) {
      count('interval');
      return sign;
    }
  }
  return undefined;
}
