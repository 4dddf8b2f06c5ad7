import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { decodeMapSpec } from '../map/decodeMapSpec.ts';
import { evaluateMap } from '../map/evaluateMap.ts';
import { type OptimalReports, optimalReports } from './optimalReports.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { reportSetToJson } from '../map/ReportSet.ts';
import { withOutcomeShift } from '../../scoring/withOutcomeShift.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';
import { linearRule } from '../../scoring/rules/linear.ts';
import { sphericalRule } from '../../scoring/rules/spherical.ts';
import { zeroOneRule } from '../../scoring/rules/zeroOne.ts';
import { withoutTraits } from '../../scoring/rules/ruleTestKit.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';

const r = (s: string) => Rational.of(s);
const exact = (o: OptimalReports) => {
  if ('lower' in o) throw new Error('expected an exact optimum');
  return { sets: o.sets.map(reportSetToJson), value: String(o.value), attained: o.attained };
};
const pts = (...xs: string[]) => xs.map((x) => ({ point: [x, String(r('1').sub(r(x)))], exact: true }));

describe('optimalReports, quadratic rule (exact)', () => {
  it('PP-02: p_hat = 1/8 with Phi = 41/64 > Phi(1/4) = 5/8', () => {
    expect(exact(optimalReports(quadraticRule, exampleMaps.pp02))).toEqual({ sets: pts('1/8'), value: '41/64', attained: true });
    expect(String(objectiveAt(RationalField, quadraticRule, exampleMaps.pp02, [r('1/4'), r('3/4')]))).toBe('5/8');
  });

  it.each([
    // [p*, alpha, maximisers, max Phi] — PP-07's table
    ['1/4', '1/4', ['1/8'], '41/64'],
    ['1/4', '-1/2', ['5/16'], undefined], // alpha < 0: moves toward 1/2: (3/8 + 1/4)/2 = 5/16
    ['1/4', '3/4', ['0'], undefined], // convex, p* < 1/2
    ['3/4', '3/4', ['1'], undefined], // convex, p* > 1/2
    ['1/2', '3/4', ['0', '1'], undefined], // convex, p* = 1/2: both ends tie
    ['1/4', '1/2', ['0'], '3/4'], // alpha = 1/2: Phi = -p/2 + 3/4
    ['1/10', '1/5', ['0'], '21/25'], // the clipping example
  ])('PP-07: p* = %s, alpha = %s', (pStar, alpha, xs, value) => {
    const result = exact(optimalReports(quadraticRule, linearMap(pStar, alpha)));
    expect(result.sets).toEqual(pts(...xs));
    if (value) expect(result.value).toBe(value);
  });

  it('PP-07: alpha = 1/2 at p* = 1/2 makes every report optimal (value 1/2)', () => {
    expect(exact(optimalReports(quadraticRule, linearMap('1/2', '1/2')))).toEqual({
      sets: [{ segment: [['0', '1'], ['1', '0']], closed: [true, true], exact: true }],
      value: '1/2',
      attained: true,
    });
  });

  it('PP-07 clipping example: f(0) = 2/25, inaccuracy 2/25, distance 1/10', () => {
    const f0 = evaluateMap(RationalField, linearMap('1/10', '1/5'), [r('0'), r('1')]);
    expect(f0.map(String)).toEqual(['2/25', '23/25']);
  });

  it('PP-13: p_hat = 0, Phi(0) = 119/125 > Phi(4/5) = 17/25', () => {
    expect(exact(optimalReports(quadraticRule, exampleMaps.pp13))).toEqual({ sets: pts('0'), value: '119/125', attained: true });
    expect(String(objectiveAt(RationalField, quadraticRule, exampleMaps.pp13, [r('4/5'), r('1/5')]))).toBe('17/25');
  });

  it('PP-14: p_hat = 2/5, f(p_hat) = 0, Phi = 17/25 > G(4/11) = 65/121', () => {
    expect(exact(optimalReports(quadraticRule, exampleMaps.pp14))).toEqual({ sets: pts('2/5'), value: '17/25', attained: true });
    expect(String(objectiveAt(RationalField, quadraticRule, exampleMaps.pp14, [r('4/11'), r('7/11')]))).toBe('65/121');
  });

  it('PP-04 bank run: Brier G = 41/50, 13/25, 41/50 at the fixed points; the interior one is dominated', () => {
    const G = (x: string) => String(objectiveAt(RationalField, quadraticRule, exampleMaps.bankRun, [r(x), r('1').sub(r(x))]));
    expect(['1/10', '3/5', '9/10'].map(G)).toEqual(['41/50', '13/25', '41/50']);
  });

  it('SR-07: adding 1{y = 1} moves the PP-02 optimum from 1/8 to the fixed point 1/4', () => {
    const shifted = withOutcomeShift(quadraticRule, [r('1'), r('0')]);
    expect(exact(optimalReports(shifted, exampleMaps.pp02)).sets).toEqual(pts('1/4'));
    // Phi' = -p^2 + p/2 + 5/8 + 3/16 at p = 1/4
    expect(exact(optimalReports(shifted, exampleMaps.pp02)).value).toBe('7/8');
  });

  it('a discontinuous map whose supremum is not attained', () => {
    // f = 1 below 1/2, 0 from 1/2 on: Phi(x) = 1 - 2(1-x)^2 increases to 1/2 as x -> 1/2-, and at 1/2 f jumps to 0
    // where Phi(1/2) = 1/2; on [1/2, 1] Phi = 1 - 2x^2 <= 1/2. Supremum 1/2 is attained at 1/2.
    const attained = exact(optimalReports(quadraticRule, decodeMapSpec({ kind: 'step', threshold: '1/2', below: '1', above: '0' })));
    expect(attained).toEqual({ sets: pts('1/2'), value: '1/2', attained: true });
    // f = 1 below 1/2 and 1/2 from 1/2 on: sup of 1 - 2(1-x)^2 -> 1/2 at 1/2- ; Phi(1/2) = 1/2 too. Use f = 0 at 1/2, 1 after.
    const notAttained = exact(optimalReports(quadraticRule, decodeMapSpec({ kind: 'step', threshold: '3/4', below: '1', above: '0' })));
    // below 3/4: Phi < 1 - 2/16 = 7/8 (limit), at and above 3/4: 1 - 2x^2 <= 1 - 9/8 < 0
    expect(notAttained).toEqual({ sets: [], value: '7/8', attained: false });
  });
});

describe('optimalReports reads what it may assume from the rule object, never from its name', () => {
  it('quadratic trait: a rule without it (same id, same values) gets no exact KKT on 3 outcomes, and no exact pieces', () => {
    const bare = withoutTraits(quadraticRule);
    // Certified instead: the simplex branch and bound brackets the exact KKT value 503/1440 and its
    // maximiser (7/24, 23/48, 11/48) lies in one of its pieces.
    const general = optimalReports(bare, exampleMaps.matrix3);
    if (!('lower' in general)) throw new Error('expected certified bounds');
    expect(general.method).toBe('simplex-branch-and-bound');
    expect(general.lower.le(r('503/1440')) && general.upper.ge(r('503/1440'))).toBe(true);
    const argmax = ['7/24', '23/48', '11/48'].map(r);
    expect(general.sets.some((s) => s.kind === 'enclosure' && s.box.every(([lo, hi], i) => lo.le(argmax[i]!) && hi.ge(argmax[i]!)))).toBe(true);
    expect(optimalReports(bare, exampleMaps.pp02).method).toBe('branch-and-bound');
    expect(optimalReports(quadraticRule, exampleMaps.matrix3).method).toBe('exact-kkt');
  });

  it('strictly proper: the sign method (the Savage form of PP-03) only for a strictly proper rule', () => {
    expect(optimalReports(sphericalRule, exampleMaps.pp02).method).toBe('certified-signs');
    expect(optimalReports(withoutTraits(sphericalRule), exampleMaps.pp02).method).toBe('branch-and-bound');
    // ... or for one the caller vouches for (a rule file claiming 'strictly-proper').
    expect(optimalReports(withoutTraits(sphericalRule), exampleMaps.pp02, { strictlyProper: true }).method).toBe('certified-signs');
  });

  it('the improper linear rule is never given the sign method: its PP-02 optimum is the vertex 0 (Phi = 13/16), not 1/8', () => {
    expect(exact(optimalReports(linearRule, exampleMaps.pp02))).toEqual({ sets: pts('0'), value: '13/16', attained: true });
    const general = optimalReports(withoutTraits(linearRule), exampleMaps.pp02);
    if (!('lower' in general)) throw new Error('expected certified bounds');
    expect(general.method).toBe('branch-and-bound');
    expect(general.lower.le(r('13/16')) && general.upper.ge(r('13/16'))).toBe(true);
    expect(general.witness[0]!.lt(r('1/100'))).toBe(true);
  });

  it('branch and bound bounds boxes by intervals for a rule not known proper: a non-monotone score keeps its maximiser', () => {
    // S(p, y) = -(p_y - 1/2)^2 is not proper and S(x, 0) is not monotone, so the monotone bound q S(b, 0) +
    // (1 - q) S(a, 1) is -1/4 on [0, 1] although Phi = -(x - 1/2)^2 reaches 0 at 1/2 (f = 1/2 everywhere):
    // with it, every box was pruned and no maximiser was reported at all.
    const bump: ScoringRule = { id: 'bump', outcomes: { min: 2, max: 2 }, domain: 'closed', score: (F, p, y) => F.neg(F.mul(F.sub(p[y]!, F.of('1/2')), F.sub(p[y]!, F.of('1/2')))) };
    const flat = decodeMapSpec({ kind: 'logistic', a: '0', b: '0' });
    const result = optimalReports(bump, flat);
    if (!('lower' in result)) throw new Error('expected certified bounds');
    expect([result.method, String(result.lower), String(result.upper)]).toEqual(['branch-and-bound', '0', '0']);
    expect(result.sets.some((s) => s.kind === 'enclosure' && s.box[0]![0].le(r('1/2')) && s.box[0]![1].ge(r('1/2')))).toBe(true);
  });

  it('a declared false trait is not overridden by the caller: zero-one is not strictly proper, whatever is asserted', () => {
    expect(optimalReports(zeroOneRule, exampleMaps.pp02, { strictlyProper: true }).method).toBe('branch-and-bound');
  });
});
