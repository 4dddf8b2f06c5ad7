import { describe, expect, it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { properComparison } from '../laws/lawComparisons.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { polynomialField, NotPolynomial } from '../numbers/polynomialField.ts';
import { lawInstances } from './lawInstances.ts';
import { separablePlan } from './separablePlan.ts';
import { separableSplit } from './separableSplit.ts';

const v = (name: string) => Polynomial.variable(name);
const c = (r: string) => Polynomial.constant(Rational.of(r));
const vec = (name: string, n: number) => Array.from({ length: n }, (_, i) => v(`${name}${i}`));
const gap = (id: string, n: number) => {
  const cmp = properComparison(polynomialField, ruleById(id).rule, vec('p', n), vec('q', n));
  return cmp.lhs.sub(cmp.rhs);
};
const plan = (id: string, n: number) => separablePlan(ruleById(id).rule, lawInstances('proper', n)[0]!, n, () => undefined)!;
const lemmas = (id: string, n: number) => {
  const p = plan(id, n);
  return separableSplit(p.gap, n, { constraints: p.constraints, algebra: p.algebra, coordinateOf: p.coordinateOf })!;
};

describe('separableSplit', () => {
  it('power(3): S(q,q) - S(p,q) = sum_i (q_i - p_i)^2 (q_i + 2 p_i) on the simplex', () => {
    const parts = separableSplit(gap('power(3)', 3), 3)!;
    parts.forEach((fi, i) => {
      const [p, q] = [v(`p${i}`), v(`q${i}`)];
      expect(fi.equals(q.sub(p).pow(2n).mul(q.add(p).add(p)))).toBe(true);
    });
  });

  it('quadratic: sum_i (p_i - q_i)^2', () => {
    const parts = separableSplit(gap('quadratic', 4), 4)!;
    expect(parts[2]!.equals(v('p2').sub(v('q2')).pow(2n))).toBe(true);
  });

  it('a coupling term is rewritten through sum q = 1 where it can be (n = 2), else the gap is not split', () => {
    const coupled = v('p0').mul(v('q1'));
    const [first, second] = separableSplit(coupled, 2)!;
    expect(first!.equals(v('p0').sub(v('p0').mul(v('q0'))))).toBe(true); // p0 q1 = p0 (1 - q0)
    expect(second!.terms.size).toBe(0);
    expect(separableSplit(coupled, 3)).toBeUndefined();
    expect(() => gap('spherical', 2)).toThrow(NotPolynomial);
  });
});

describe('separablePlan: roots removed by substitution and normalisation', () => {
  it('power(3/2) with p_i = s_i^2: the lemma is (u - s)^2 (u + s/2) = u^3 - (3/2) u^2 s + (1/2) s^3', () => {
    expect(plan('power(3/2)', 3).power).toBe(2);
    const [s, u] = [v('p1'), v('q1')]; // the variables keep their names, now meaning s_1 and u_1
    expect(lemmas('power(3/2)', 3)[1]!.equals(u.sub(s).pow(2n).mul(u.add(s.mul(c('1/2')))))).toBe(true);
  });

  it('spherical, normalised to |p|^2 = 1 = |q|^2 (0-homogeneous): Cauchy-Schwarz becomes (p_i - q_i)^2 / 2 per coordinate', () => {
    const p = plan('spherical', 4);
    expect(p.normalised!.equals(vec('p', 4).reduce((a, x) => a.add(x.mul(x)), c('0')))).toBe(true);
    expect(lemmas('spherical', 4)[0]!.equals(v('p0').sub(v('q0')).pow(2n).mul(c('1/2')))).toBe(true);
  });

  it('pseudo-spherical(3), normalised to sum p^3 = 1: Hoelder becomes AM-GM with the multipliers 2/3 and 1/3 from stationarity', () => {
    const [x, y] = [v('p0'), v('q0')];
    const amgm = x.pow(3n).mul(c('2/3')).add(y.pow(3n).mul(c('1/3'))).sub(x.mul(x).mul(y)); // (2/3) x^3 + (1/3) y^3 - x^2 y >= 0
    expect(lemmas('pseudo-spherical(3)', 5)[0]!.equals(amgm)).toBe(true);
  });

  it('logarithmic: the lemma keeps ln p_i and ln q_i as atoms, q (ln q - ln p) + p - q (Gibbs: ln u <= u - 1)', () => {
    const p = plan('logarithmic', 3);
    const [lemma] = lemmas('logarithmic', 3);
    const atoms = p.algebra.atoms().filter((a) => [...lemma!.monomials()].some(([m]) => m.has(a.name)));
    expect(atoms.map((a) => `${a.kind}(${a.base})`).sort()).toEqual(['ln(1*p0^1)', 'ln(1*q0^1)']);
    const [lnP, lnQ] = ['p0', 'q0'].map((x) => v(atoms.find((a) => String(a.base) === `1*${x}^1`)!.name));
    expect(lemma!.equals(v('q0').mul(lnQ!.sub(lnP!)).add(v('p0')).sub(v('q0')))).toBe(true);
  });
});
