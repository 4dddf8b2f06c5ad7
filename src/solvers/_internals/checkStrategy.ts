import { Rational } from '../../numbers/Rational.ts';

/** Throws RangeError unless s is a probability vector of length n (exact check). */
export function checkStrategy(s: readonly Rational[], n: number, what: string): void {
  if (s.length !== n) throw new RangeError(`${what} has ${s.length} weights, expected ${n}`);
  if (s.some((w) => w.sign() < 0)) throw new RangeError(`${what} has a negative weight`);
  if (!Rational.sum(s).equals(Rational.ONE)) throw new RangeError(`${what} does not sum to 1`);
}
