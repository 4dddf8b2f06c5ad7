import type { Comparison } from '../certify/Comparison.ts';
import type { Field } from '../numbers/Field.ts';
import type { Relation } from '../certify/Relation.ts';

/**
 * The arithmetic a user-defined claim's `holds` is written against: a Field, plus comparisons that
 * state what must hold (decided by the certification engine, never in floats):
 * `F.ge(a, b)` a >= b, `F.gt(a, b)` a > b, `F.eq(a, b)` a = b, `F.le`, `F.lt` the same mirrored.
 */
export interface ClaimField<T> extends Field<T> {
  ge(a: T, b: T): Comparison<T>;
  gt(a: T, b: T): Comparison<T>;
  eq(a: T, b: T): Comparison<T>;
  le(a: T, b: T): Comparison<T>;
  lt(a: T, b: T): Comparison<T>;
}

export function claimField<T>(F: Field<T>): ClaimField<T> {
  const as = (relation: Relation, flip = false) => (a: T, b: T): Comparison<T> => (flip ? { lhs: b, rhs: a, relation } : { lhs: a, rhs: b, relation });
  return { ...F, ge: as('>='), gt: as('>'), eq: as('='), le: as('>=', true), lt: as('>', true) };
}
