import type { Field } from '../../numbers/Field.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/** Linear: S(p, i) = p_i, the classic improper rule (docs/mathematics.md SR-03, SR-04). */
export const linearRule: ScoringRule = {
  id: 'linear',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  traits: ruleTraits({
    quadratic: true, // p_i is affine (degree 1, no common quadratic part needed)
    local: true, // the score is p_y itself
    symmetric: true, // p_y follows its label under any relabelling
    rational: true, // p_y
    smooth: true, // affine
    proper: false, // SR-04: q = (3/5, 2/5) scores 13/25 truthfully but 3/5 reporting (1, 0)
    strictlyProper: false, // not even proper
  }),
  score<T>(_F: Field<T>, p: readonly T[], y: number): T {
    return p[y]!;
  },
};

/**
 * Laws (why):
 * - not proper (hence not strictly proper): S(p, q) = <p, q> is linear in p and maximised at the vertex
 *   e_{argmax q}; SR-04: q = (3/5, 2/5) scores 13/25 truthfully but 3/5 reporting (1, 0).
 * - symmetric: p_y follows its label under any relabelling.
 * - local: trivially, the score is p_y itself. (Locality alone does not make a rule proper; SR-06
 *   needs properness as a hypothesis.)
 */
export const linear: RuleWithClaims = {
  rule: linearRule,
  expect: { proper: 'refuted', 'strictly-proper': 'refuted', symmetric: 'holds', local: 'holds' },
  source: 'docs/mathematics.md SR-03, SR-04',
};
