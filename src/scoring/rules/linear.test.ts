import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { properComparison } from '../../laws/lawComparisons.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { linear, linearRule } from './linear.ts';
import { distributionPairArb, lift , expectedScoreOf } from './ruleTestKit.ts';

const S = (p: Distribution, q: Distribution) => expectedScoreOf(RationalField, linearRule, p, q);

describe('linear', () => {
  it('SR-04: q = (3/5, 2/5) scores 13/25 truthfully but 3/5 reporting (1, 0)', () => {
    const q = Distribution.of(['3/5', '2/5']);
    expect(S(q, q)).toEqual(Rational.of('13/25'));
    expect(S(Distribution.of([1, 0]), q)).toEqual(Rational.of('3/5'));
    const law = properComparison(RationalField, linearRule, lift(RationalField, Distribution.of([1, 0])), lift(RationalField, q));
    expect(law.lhs.ge(law.rhs)).toBe(false); // the proper law is violated: expectation 'refuted' is met
    expect(linear.expect.proper).toBe('refuted');
  });

  it('SR-04: the optimum is the vertex e_argmax q, worth max_i q_i, above every report', () => {
    fc.assert(
      fc.property(distributionPairArb(2, 6), ([p, q]) => {
        const best = q.coords.reduce((m, c) => Rational.max(m, c));
        const vertex = Distribution.vertex(q.size, q.coords.findIndex((c) => c.equals(best)));
        expect(S(vertex, q)).toEqual(best);
        expect(S(p, q).le(best)).toBe(true);
      }),
    );
  });

  it('scores p_y itself', () => {
    const p = Distribution.of(['1/6', '1/3', '1/2']);
    expect([0, 1, 2].map((y) => linearRule.score(RationalField, lift(RationalField, p), y))).toEqual(p.coords);
  });
});
