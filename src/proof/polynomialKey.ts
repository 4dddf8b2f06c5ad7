import type { Polynomial } from '../numbers/Polynomial.ts';

/**
 * A canonical string of a polynomial: its terms sorted by monomial. (Polynomial keeps terms in the
 * order they were made, so two equal polynomials may print differently; memo tables need this key.)
 */
export function polynomialKey(p: Polynomial): string {
  return [...p.terms]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => `${c}*${k}`)
    .join(' + ');
}
