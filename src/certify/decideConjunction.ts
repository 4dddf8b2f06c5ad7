import type { CertifyOptions } from './CertifyOptions.ts';
import type { Comparison } from './Comparison.ts';
import { type Certificate, type Decision, weakerCertificate } from './Decision.ts';
import { decide } from './decide.ts';
import type { NumericField } from '../numbers/Field.ts';
import { BallField } from '../numbers/BallField.ts';

/** Several comparisons written once against the field, all of which must hold. */
export interface ConjunctionFormula {
  <T>(F: NumericField<T>): readonly Comparison<T>[];
}

/**
 * Decides a conjunction: each comparison through the same ladder as `decide`; the first refuted (with
 * its index) or undecided one is the answer, else holds with the weakest certificate used.
 */
export function decideConjunction(formula: ConjunctionFormula, options: CertifyOptions = {}): Decision & { readonly index?: number } {
  const count = formula(BallField).length;
  let by: Certificate = { tier: 'rational' };
  for (let index = 0; index < count; index++) {
    const decision = decide((F) => formula(F)[index]!, options);
    if (decision.kind !== 'holds') return { ...decision, index };
    by = weakerCertificate(by, decision.by);
  }
  return { kind: 'holds', by };
}
