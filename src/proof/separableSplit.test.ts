import { describe, expect, it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { properComparison } from '../laws/lawComparisons.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { polynomialField, NotPolynomial } from '../numbers/polynomialField.ts';
import { separableSplit } from './separableSplit.ts';

const vec = (name: string, n: number) => Array.from({ length: n }, (_, i) => Polynomial.variable(`${name}${i}`));
const gap = (id: string, n: number) => {
  const c = properComparison(polynomialField, ruleById(id).rule, vec('p', n), vec('q', n));
  return c.lhs.sub(c.rhs);
};

describe('separableSplit', () => {
  it('power(3): S(q,q) - S(p,q) = sum_i (q_i - p_i)^2 (q_i + 2 p_i) on the simplex', () => {
    const parts = separableSplit(gap('power(3)', 3), 3)!;
    parts.forEach((fi, i) => {
      const [p, q] = [Polynomial.variable(`p${i}`), Polynomial.variable(`q${i}`)];
      expect(fi.equals(q.sub(p).pow(2n).mul(q.add(p).add(p)))).toBe(true);
    });
  });

  it('quadratic: sum_i (p_i - q_i)^2', () => {
    const parts = separableSplit(gap('quadratic', 4), 4)!;
    expect(parts[2]!.equals(Polynomial.variable('p2').sub(Polynomial.variable('q2')).pow(2n))).toBe(true);
  });

  it('a coupled gap is not split, and roots are not polynomial', () => {
    const coupled = Polynomial.variable('p0').mul(Polynomial.variable('q1'));
    expect(separableSplit(coupled, 2)).toBeUndefined();
    expect(() => gap('spherical', 2)).toThrow(NotPolynomial);
  });
});
