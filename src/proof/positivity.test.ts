import { describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { positivityField, positivityVectors } from './positivity.ts';

/** What the sign analysis leaves unresolved for S(p, y) at every y. */
function unresolved(score: <T>(F: Field<T>, p: readonly T[], y: number) => T, n: number, domain: RuleDomain): string[] {
  const report: string[] = [];
  const { masks, vectors } = positivityVectors(1, n);
  const F = positivityField(masks, domain, report);
  for (let y = 0; y < n; y++) score(F, vectors[0]!, y);
  return report;
}

describe('positivityField (well-definedness without a solver)', () => {
  it('norms are positive on the closed simplex: spherical and pseudo-spherical are defined everywhere', () => {
    for (const id of ['spherical', 'pseudo-spherical(3/2)', 'pseudo-spherical(3)', 'power(3/2)']) expect(unresolved(ruleById(id).rule.score, 4, 'closed')).toEqual([]);
  });

  it('a coordinate divides only on the interior; ln needs the interior; a count of ties is left to the solver', () => {
    const byP0 = <T>(F: Field<T>, p: readonly T[], y: number) => F.div(p[y]!, p[0]!);
    expect(unresolved(byP0, 3, 'closed')).toEqual(Array(3).fill('a divisor not shown positive')); // one per outcome
    expect(unresolved(byP0, 3, 'interior')).toEqual([]);
    expect(unresolved(ruleById('logarithmic').rule.score, 3, 'interior')).toEqual([]);
    expect(unresolved(ruleById('logarithmic').rule.score, 3, 'closed')).toHaveLength(3);
    expect(unresolved(ruleById('zero-one').rule.score, 3, 'closed').length).toBeGreaterThan(0);
  });
});
