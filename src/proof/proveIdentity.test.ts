import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { lawInstances } from './lawInstances.ts';
import { ProofBudget } from './ProofBudget.ts';
import type { ProofContext } from './ProofContext.ts';
import { ProofFacts } from './ProofFacts.ts';
import { identityCheck, sampledCounterexample } from './proveIdentity.ts';

/** A context for the exact algebra alone (no solver is asked here). */
const context = (id: string, n: number): ProofContext => {
  const { rule } = ruleById(id);
  return { session: undefined as never, rule, n, domain: rule.domain, budget: new ProofBudget(10_000), facts: new ProofFacts() };
};

describe('identityCheck and sampledCounterexample', () => {
  it('spherical is symmetric by exact algebra at every generator instance (n = 5)', () => {
    const c = context('spherical', 5);
    expect(lawInstances('symmetric', 5).map((i) => identityCheck(c, i))).toEqual(Array(10).fill('identity'));
  });

  it('spherical is not local (n = 3): the sides differ, and a sampled rational point is certified', () => {
    const c = context('spherical', 3);
    const [inst] = lawInstances('local', 3);
    expect(identityCheck(c, inst!)).toBe('differs');
    const found = sampledCounterexample(c, inst!)!;
    const input = found.input as { p: string[]; pPrime: string[]; y: number };
    expect(input.p[input.y]).toBe(input.pPrime[input.y]); // the premise p_y = p'_y holds exactly
    const S = (v: string[]) => c.rule.score(RationalField, v.map((s) => Rational.of(s)), input.y);
    // Exact in the rationals only after squaring: S = p_y / ||p||, so compare ||p'||^2 with ||p||^2.
    const norm2 = (v: string[]) => Rational.sum(v.map((s) => Rational.of(s).mul(Rational.of(s))));
    expect(norm2(input.p).equals(norm2(input.pPrime))).toBe(false);
    expect(() => S(input.p)).toThrow(); // irrational: the engine certified it with intervals
  });

  it('by congruence alone: the logarithmic rule is local (ln an atom), zero-one symmetric (max of a set, branches as atoms)', () => {
    expect(identityCheck(context('logarithmic', 4), lawInstances('local', 4)[2]!)).toBe('identity');
    expect(lawInstances('symmetric', 6).map((i) => identityCheck(context('zero-one', 6), i))).toEqual(Array(12).fill('identity'));
    expect(identityCheck(context('zero-one', 3), lawInstances('local', 3)[0]!)).toBe('differs');
  });
});
