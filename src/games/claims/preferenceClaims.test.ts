import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { type Preference, preferenceChoice, preferenceClaims } from './preferenceClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const v = (...xs: string[]) => xs.map(r);
const [equilibrium, transitive, intransitive, iia] = preferenceClaims(ruleById('quadratic').rule);

describe('ZS-08: preferences over predicted distributions with optimistic selection', () => {
  it('with V = EU it is ZS-02\'s optimistic max (docs/mathematics.md ZS-08 worked example, ZS-02 table)', () => {
    const eu: Preference = { kind: 'expected-utility', utility: v('0', '1', '0') };
    // P(y = 1 | a) = (1/2, 1/4) on outcomes (0, 1, unused 2); agent 1's optimistic lie 3/5 on action 1 makes it the choice.
    const honest = [v('1/2', '1/2', '0'), v('3/4', '1/4', '0')];
    expect(preferenceChoice(eu, honest, honest)).toBe(0);
    expect(preferenceChoice(eu, [v('1/2', '1/2', '0'), v('2/5', '3/5', '0')], honest)).toBe(1);
    expect(preferenceChoice(eu, [v('1/2', '1/2', '0'), v('9/10', '1/10', '0')], honest)).toBe(0);
  });
  it('an intransitive (rock-paper-scissors) preference is a cycle: each pure distribution beats one other', () => {
    const rps: Preference = { kind: 'skew-symmetric', m: [v('0', '1', '-1'), v('-1', '0', '1'), v('1', '-1', '0')] };
    const pure = [v('1', '0', '0'), v('0', '1', '0'), v('0', '0', '1')];
    expect(preferenceChoice(rps, pure, pure)).toBe(0); // all tie at one win: the lowest index
    // Reporting (0, 1/2, 1/2) for action 2 (preferred to its truth e3): it ties with action 0 and loses to action 1, so the cycle breaks.
    expect(preferenceChoice(rps, [pure[0]!, pure[1]!, v('0', '1/2', '1/2')], pure)).toBe(0);
  });
  // Values 5/2, 2, 1: the median is action 1. Reporting outcome 2 for action 2 lifts it to 3 and makes action 0 the median.
  const truth = [v('0', '1/2', '1/2'), v('0', '1', '0'), v('1', '0', '0')];
  const median: Preference = { kind: 'median-choice', utility: v('1', '2', '3') };
  const lift = [truth[0]!, truth[1]!, v('0', '0', '1')];
  it('the median choice violates IIA: lifting an untaken action moves the choice to another one, at no cost', () => {
    expect(preferenceChoice(median, truth, truth)).toBe(1);
    expect(preferenceChoice(median, lift, truth)).toBe(0);
    const out = iia!.check({ truth, grid: 2, preference: median, deviation: lift }, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ actionIfDeviating: 0, actionIfHonest: 1, comparison: { margin: '0' } });
  });
  it('transitive preferences keep steering costly, and honesty is an equilibrium for all four', () => {
    const truth = [v('1/2', '1/2', '0'), v('0', '1/2', '1/2'), v('1', '0', '0')];
    for (const preference of [{ kind: 'expected-utility', utility: v('1', '2', '3') }, { kind: 'mean-variance', utility: v('1', '2', '3'), c: r('1') }] as Preference[]) {
      expect(transitive!.check({ truth, grid: 2, preference }, ctx).kind).toBe('holds');
      expect(equilibrium!.check({ truth, grid: 2, preference }, ctx).kind).toBe('holds');
    }
    expect(intransitive!.id).toBe('quadratic/intransitive-preference-costless-misreport-keeps-action');
  });
  it('the holds-claims fail for deliberately wrong inputs: a median choice given to the transitive claim, a truth that is no distribution', () => {
    expect(transitive!.check({ truth, grid: 2, preference: median, deviation: lift }, ctx).kind).toBe('refuted');
    expect(() => transitive!.codec.decode(transitive!.codec.encode({ truth, grid: 2, preference: median }), 'input')).toThrow(/input\.preference\.kind/);
    const unnormalised = [v('0', '0', '2'), v('0', '1', '0')];
    expect(equilibrium!.check({ truth: unnormalised, grid: 1, preference: { kind: 'expected-utility', utility: v('0', '0', '1') } }, ctx).kind).toBe('refuted');
  });
});
