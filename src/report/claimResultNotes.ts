import type { ClaimResult } from '../search/ClaimResult.ts';
import { EQUALITY_DIGITS, EQUALITY_TOLERANCE } from '../certify/equalityPolicy.ts';

/** The lines every report shows under a result: undecided cases, stale and unreadable saved files. */
export function claimResultNotes(result: ClaimResult): string[] {
  return [
    ...result.undecided.map((u) => `  undecided ${result.id}: ${u.reason} on ${JSON.stringify(u.input)}`),
    ...result.stale.map((f) => `  STALE ${result.id}: ${f} no longer reproduces (fix the claim or remove the file)`),
    ...result.invalid.map((m) => `  INVALID ${m}`),
    ...(result.stats.equalWithinTolerance > 0
      ? [`  note ${result.id}: ${result.stats.equalWithinTolerance} irrational equalities accepted (the certified difference lies within ${EQUALITY_TOLERANCE.toNumber()} at ${EQUALITY_DIGITS} digits)`]
      : []),
  ];
}
