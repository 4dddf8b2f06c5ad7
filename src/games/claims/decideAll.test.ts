import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { withoutTraits } from '../../scoring/rules/ruleTestKit.ts';
import { ScoreTerms } from '../ScoreTerms.ts';
import { atomKey, decideAll, isExactlyZero } from './decideAll.ts';

const r = (...xs: string[]) => xs.map((x) => Rational.of(x));
const rule = (id: string) => ruleById(id).rule;
const ctx = { screening: true, precisionCap: 96 };

/** S(p, y) - S(p', y') as score terms (worlds are the vertices e_y, e_y'). */
function difference(p: Rational[], y: number, pPrime: Rational[], yPrime: number): ScoreTerms {
  const vertex = (n: number, i: number) => Array.from({ length: n }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
  return ScoreTerms.of([
    { coef: Rational.ONE, report: p, world: vertex(p.length, y) },
    { coef: Rational.ONE.neg(), report: pPrime, world: vertex(pPrime.length, yPrime) },
  ]);
}

describe('atomKey: which S(p, y) are equal, from the rule object\'s local and symmetric traits', () => {
  const p = r('1/4', '1/2', '1/4');
  const q = r('1/2', '1/4', '1/4');

  it('local and symmetric (log): one function of p_y, so S(p, 1) and S(q, 0) merge', () => {
    expect(atomKey(rule('logarithmic'))(p, 1)).toBe(atomKey(rule('logarithmic'))(q, 0));
    expect(atomKey(rule('logarithmic'))(p, 0)).not.toBe(atomKey(rule('logarithmic'))(q, 0)); // p_0 = 1/4, q_0 = 1/2
  });

  it('local only (binary exponential): s_y depends on y, so the key keeps y', () => {
    const k = atomKey(rule('binary-exponential(10)'));
    expect(k(r('1/4', '3/4'), 0)).not.toBe(k(r('3/4', '1/4'), 1)); // p_0 = p'_1 = 1/4, different outcomes
    expect(k(r('1/4', '3/4'), 0)).toBe(k(r('1/4', '3/4'), 0));
  });

  it('symmetric only (quadratic): p_y and the multiset of p', () => {
    const k = atomKey(rule('quadratic'));
    expect(k(p, 1)).toBe(k(q, 0)); // a relabelling maps (p, 1) to (q, 0)
    expect(k(p, 0)).toBe(k(r('1/4', '1/4', '1/2'), 1)); // same multiset, p_y = 1/4 both: a relabelling exists
    expect(k(p, 0)).not.toBe(k(r('1/4', '3/8', '3/8'), 0)); // another multiset: S sees all of p
  });

  it('no traits (a user rule named like a built-in): only identical (p, y) merge', () => {
    const k = atomKey(withoutTraits(rule('logarithmic')));
    expect(k(p, 1)).not.toBe(k(q, 0));
    expect(k(p, 1)).toBe(k(r('1/4', '1/2', '1/4'), 1));
  });
});

describe('decideAll: exact cancellation only where a trait proves it', () => {
  it('binary exponential: S(p, 0) - S(p\', 1) with p_0 = p\'_1 = 1/4 is not cancelled, and is certified non-zero', () => {
    const diff = difference(r('1/4', '3/4'), 0, r('3/4', '1/4'), 1);
    expect(isExactlyZero(rule('binary-exponential(10)'), diff)).toBe(false);
    // S(p, 0) = e^{5/2}(1/10 + 3/4) ~ 10.36, S(p', 1) = e^{15/2}(1/10 - 3/4) ~ -1175: far from equal.
    const outcome = decideAll(rule('binary-exponential(10)'), [{ diff, relation: '=', label: 'diff', context: () => null }], ctx);
    expect(outcome.kind).toBe('refuted');
    expect(decideAll(rule('binary-exponential(10)'), [{ diff, relation: '>', label: 'diff', context: () => null }], ctx).kind).toBe('holds');
  });

  it('log: the same difference cancels exactly (S(p, y) = ln p_y for every y)', () => {
    expect(isExactlyZero(rule('logarithmic'), difference(r('1/4', '3/4'), 0, r('3/4', '1/4'), 1))).toBe(true);
  });
});
