/** What a comparison asserts about lhs - rhs: positive, non-negative, or zero. */
export type Relation = '>' | '>=' | '=';

/** Whether a certified sign of lhs - rhs satisfies the relation. */
export function satisfies(sign: -1 | 0 | 1, relation: Relation): boolean {
  return relation === '>' ? sign > 0 : relation === '>=' ? sign >= 0 : sign === 0;
}
