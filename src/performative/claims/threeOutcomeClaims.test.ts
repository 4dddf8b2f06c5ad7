import { describe, expect, it } from 'vitest';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { RankOneMap } from '../map/rankOneMap.ts';
import { evaluateRankOne, rankOneProblem } from '../map/rankOneMap.ts';
import { interiorOptimumBound } from '../optimum/interiorOptimumBound.ts';
import { maximiserInaccuracy } from '../optimum/maximiserSearch.ts';
import { interiorOptimumBoundClaim, PP12_RULES, rankOneFormula, threeOutcomeGapClaim } from './threeOutcomeClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const linear = (s: string, L: string): RankOneMap => ({ s: r(s), axis: 0, sign: 1, L: r(L), breaks: [], slopes: [Rational.ONE] });

describe('the rank-one family of docs/mathematics.md PP-12', () => {
  it('is the catalogue map for p* = (1/2, 1/4, 1/4), L = 1/2: Df = (sqrt(3)/12) [[0, 2, -2], [0, -1, 1], [0, -1, 1]]', () => {
    const f = (p: number[]) => evaluateRankOne(FloatField, linear('1/4', '1/2'), p);
    const [a, b] = [f([1 / 3, 1 / 3, 1 / 3]), f([1 / 3, 1 / 3 + 0.01, 1 / 3 - 0.01])];
    const column = b.map((x, i) => (x - a[i]!) / 0.02); // f along e2 - e3, per unit of p_2 - p_3
    [2, -1, -1].forEach((k, i) => expect(column[i]!).toBeCloseTo((k * Math.sqrt(3)) / 12, 12));
    expect(f([1 / 2, 1 / 4, 1 / 4]).map((x) => x.toFixed(12))).toEqual(['0.500000000000', '0.250000000000', '0.250000000000']);
  });
  it('refuses parameters for which f leaves the simplex (p* = (4/5, 1/10, 1/10) with L = 1/2)', () => {
    expect(rankOneProblem(linear('1/10', '1/2'))?.field).toBe('s');
  });
});

describe('PP-12: the search finds maps that defeat every rule tried', () => {
  it('the catalogue maps (p* = (1/2, 1/4, 1/4) and (3/5, 1/5, 1/5), L = 1/2) refute "some rule within 1/20"', () => {
    const claim = threeOutcomeGapClaim(r('1/2'), r('1/20'), [r('1/5')]);
    for (const s of ['1/4', '1/5']) {
      const out = claim.check({ map: linear(s, '1/2') }, ctx);
      expect(out.kind, s).toBe('refuted');
      expect(Object.keys((out as unknown as { witness: { everyRuleMisses: object } }).witness.everyRuleMisses)).toEqual(PP12_RULES);
    }
  });
  it('the largest certified gap found: every rule misses by more than 21/200 at L = 1/2 (s = 3/20) and by more than 9/200 at L = 1/4 (s = 1/7)', () => {
    for (const [s, L, delta] of [['3/20', '1/2', '21/200'], ['1/7', '1/4', '9/200']] as const) {
      for (const id of PP12_RULES) expect(maximiserInaccuracy(ruleById(id).rule, rankOneFormula(linear(s, L)), r(delta)).kind, `${id} at L = ${L}`).toBe('above');
    }
  });
  it('a map close to uniform is no counterexample: the log rule is certified within 1/20 (p* = (2/5, 3/10, 3/10), L = 1/2)', () => {
    const claim = threeOutcomeGapClaim(r('1/2'), r('1/20'), [r('1/5')]);
    expect(claim.check({ map: { ...linear('3/10', '1/2'), axis: 1, sign: -1 } }, ctx).kind).toBe('holds');
  });
});

describe('PP-10: the interior-optimum bound (docs/mathematics.md PP-10 worked example: Brier on the PP-12 map)', () => {
  it('holds for Brier at p* = (1/2, 1/4, 1/4), L = 1/2 (|d| = sqrt(6)/18 <= L |p - u| = sqrt(30)/36)', () => {
    expect(interiorOptimumBound(ruleById('quadratic').rule, rankOneFormula(linear('1/4', '1/2')), r('1/2')).kind).toBe('holds');
    expect(interiorOptimumBoundClaim.check({ rule: ruleById('logarithmic').rule, map: linear('1/5', '1/2') }, ctx).kind).toBe('holds');
  });
  it('fails for a deliberately wrong input: the Lipschitz constant understated (1/8 for a map with L = 1/2)', () => {
    // every maximiser is interior and breaks the bound: certified, not merely undecided
    expect(interiorOptimumBound(ruleById('quadratic').rule, rankOneFormula(linear('1/4', '1/2')), r('1/8')).kind).toBe('violated');
    expect(interiorOptimumBound(ruleById('logarithmic').rule, rankOneFormula(linear('1/4', '1/2')), r('1/8')).kind).toBe('violated');
  });
  it('its codec keeps to the family searched (a kinked profile is not differentiable everywhere)', () => {
    const kinked = { rule: ruleById('quadratic').rule, map: { ...linear('1/5', '1/2'), breaks: [r('1/10')], slopes: [Rational.ONE, r('1/2')] } };
    expect(() => interiorOptimumBoundClaim.codec.decode(interiorOptimumBoundClaim.codec.encode(kinked), 'input')).toThrow(/input\.map\.slopes/);
  });
});
