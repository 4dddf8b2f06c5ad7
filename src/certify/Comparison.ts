import type { Relation } from './Relation.ts';

/** What a law asserts for one input: lhs (relation) rhs, e.g. S(q, q) >= S(p, q). */
export interface Comparison<T> {
  readonly lhs: T;
  readonly rhs: T;
  readonly relation: Relation;
  /** What lhs and rhs are, in symbols (e.g. ['S(q, q)', 'S(p, q)']), shown in witnesses. */
  readonly labels?: readonly [string, string];
}
