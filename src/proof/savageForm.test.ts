import { describe, expect, it } from 'vitest';
import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { savageForm } from './savageForm.ts';

const none = () => undefined;

describe('savageForm (docs/mathematics.md SR-01)', () => {
  it('quadratic, n = 3: G(q) = |q|^2 and S(p, y) = 2 p_y - |p|^2 = G(p) + <2p, e_y - p> exactly (no defect)', () => {
    const form = savageForm(ruleById('quadratic').rule, 3, none)!;
    const [x0, x1] = [Polynomial.variable('p0'), Polynomial.variable('p1')];
    const last = Polynomial.constant(Rational.ONE).sub(x0).sub(x1);
    expect(form.G.equals(x0.mul(x0).add(x1.mul(x1)).add(last.mul(last)))).toBe(true);
    expect(form.defects.every((d) => d.terms.size === 0)).toBe(true);
    // The Hessian on the hull is 2 (I + 1 1^T): [[4, 2], [2, 4]], constant and positive definite.
    expect(form.hessian.map((row) => row.map((h) => h.asConstant()!.toString()))).toEqual([['4', '2'], ['2', '4']]);
  });

  it('a score that is not the Savage form of its own G has a defect (the first-order gain of misreporting)', () => {
    const tilted: ScoringRule = { ...ruleById('quadratic').rule, id: 'tilted', score: (F, p, y) => F.add(ruleById('quadratic').rule.score(F, p, y), F.mul(F.of('1/10'), p[y]!)) };
    expect(savageForm(tilted, 3, none)!.defects.some((d) => d.terms.size > 0)).toBe(true);
    expect(savageForm(ruleById('spherical').rule, 3, none)).toBeUndefined(); // not a polynomial: not this method
  });
});
