import { describe, expect, it } from 'vitest';
import { LAW_NAMES, type LawName } from '../../core/LawName.ts';
import { InexactError } from '../../numbers/Field.ts';
import { provesQuadraticOnSimplex } from '../quadraticOnSimplex.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import type { TraitName } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { builtinRules, ruleById } from './builtinRules.ts';
import { exactScore } from './ruleTestKit.ts';

/** The trait that states each shared law (docs/mathematics.md SR-01..SR-06). */
const LAW_TRAIT: Readonly<Record<LawName, TraitName>> = { proper: 'proper', 'strictly-proper': 'strictlyProper', symmetric: 'symmetric', local: 'local' };

/** Built-in rules beyond the registered instances (family members the CLI accepts by id). */
const familyMembers = ['power(2)', 'power(5/2)', 'pseudo-spherical(2)', 'binary-exponential(1/3)'].map((id) => ruleById(id));

describe('built-in rules declare their traits, in agreement with the registry (so the data cannot drift)', () => {
  for (const { rule, expect: expectations } of [...builtinRules, ...familyMembers]) {
    it(`${rule.id}: proper, strictlyProper, symmetric and local match the registry's expectations`, () => {
      for (const law of LAW_NAMES) {
        expect(rule.traits?.[LAW_TRAIT[law]], `${rule.id} ${law}`).toBe(expectations[law] === 'holds');
      }
    });
  }

  it('every built-in declares quadratic, rational and smooth, and its traits cannot be edited', () => {
    for (const { rule } of [...builtinRules, ...familyMembers]) {
      for (const name of ['quadratic', 'rational', 'smooth'] as const) expect(typeof rule.traits?.[name], `${rule.id} ${name}`).toBe('boolean');
      expect(Object.isFrozen(rule.traits), rule.id).toBe(true);
      expect(() => Object.assign(rule.traits!, { quadratic: !rule.traits!.quadratic })).toThrow(TypeError);
    }
  });

  it('the quadratic trait is true exactly where the polynomial proof finds it (n = 2..4), and false where it does not', () => {
    for (const { rule } of [...builtinRules, ...familyMembers]) {
      const proved = [2, 3, 4].filter((n) => n <= rule.outcomes.max).every((n) => provesQuadraticOnSimplex(rule, n));
      // A declared 'true' must be provable; a declared 'false' must not be (the proof never says yes wrongly).
      expect(proved, rule.id).toBe(rule.traits!.quadratic === true);
    }
    expect(ruleById('power(2)').rule.traits?.quadratic).toBe(true);
    expect(ruleById('ranked-probability').rule.traits?.quadratic).toBe(true);
    expect(ruleById('power(3)').rule.traits?.quadratic).toBe(false); // -2 sum p_j^3 is cubic for n >= 3
  });

  it('rational: true means exact rational values at rational reports, false is witnessed at the uniform report', () => {
    for (const { rule } of [...builtinRules, ...familyMembers]) {
      const uniform = Distribution.of(['1/2', '1/2']);
      const attempt = () => exactScore(rule, uniform, 0);
      if (rule.traits!.rational) {
        expect(attempt, rule.id).not.toThrow();
        expect(() => exactScore(rule, Distribution.of(['1/3', '2/3']), 1), rule.id).not.toThrow();
      } else {
        expect(attempt, rule.id).toThrow(InexactError);
      }
    }
  });

  it('the zero-one trait is declared by the zero-one rule only', () => {
    const zeroOne = [...builtinRules, ...familyMembers].filter(({ rule }) => rule.traits?.zeroOne === true).map(({ rule }) => rule.id);
    expect(zeroOne).toEqual(['zero-one']);
  });

  it('binary closed forms of G\'/G\'\' come with a rational bound on c_S (docs/mathematics.md PP-05 table)', () => {
    const cS = (rule: ScoringRule) => rule.traits?.binaryConvexity?.bound.toString();
    expect(['quadratic', 'logarithmic', 'spherical', 'power(3)', 'binary-exponential(10)'].map((id) => cS(ruleById(id).rule))).toEqual([
      '1/2', '5597/25000', '1', '1/2', '1/10',
    ]);
    expect(cS(ruleById('binary-exponential(1/3)').rule)).toBe('3');
    expect(cS(ruleById('power(5/2)').rule)).toBeUndefined(); // no closed form declared: the ratio is derived from the score
  });
});
