import type { Field } from '../numbers/Field.ts';
import type { Distribution } from './Distribution.ts';

/** The coordinates of an exact distribution as values of field F. */
export function liftDistribution<T>(F: Field<T>, d: Distribution): T[] {
  return d.coords.map((c) => F.fromRational(c));
}
