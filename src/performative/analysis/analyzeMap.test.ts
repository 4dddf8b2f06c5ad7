import { Rational } from '../../numbers/Rational.ts';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { withoutTraits } from '../../scoring/rules/ruleTestKit.ts';
import { analyzeMap } from './analyzeMap.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';

describe('analyzeMap (the JSON of `propercheck analyze`)', () => {
  it('PP-02 with the quadratic rule: every number of the worked example', () => {
    const a = analyzeMap(quadraticRule, exampleMaps.pp02);
    expect(a['fixedPoints']).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
    expect(a['optimalReports']).toEqual([
      { point: ['1/8', '7/8'], exact: true, score: '41/64', inaccuracy: '3/32', distanceToFixedPoints: '1/8' },
    ]);
    expect(a['stableReports']).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
    expect(a['dynamics']).toMatchObject({ bestResponse: { outcome: { kind: 'contraction', factor: '1/4' } } });
  });

  it('PP-07 clipping example: inaccuracy 2/25, distance 1/10; PP-14: inaccuracy 2/5', () => {
    const clip = analyzeMap(quadraticRule, linearMap('1/10', '1/5'));
    expect(clip['optimalReports']).toEqual([
      { point: ['0', '1'], exact: true, score: '21/25', inaccuracy: '2/25', distanceToFixedPoints: '1/10' },
    ]);
    const pp14 = analyzeMap(quadraticRule, exampleMaps.pp14);
    expect(pp14['optimalReports']).toEqual([
      { point: ['2/5', '3/5'], exact: true, score: '17/25', inaccuracy: '2/5', distanceToFixedPoints: '2/55' },
    ]);
  });

  it('acceptance: three fixed points (bank run), a continuum (identity), none with a certificate (step)', () => {
    expect((analyzeMap(quadraticRule, exampleMaps.bankRun)['fixedPoints'] as unknown[]).length).toBe(3);
    expect(analyzeMap(quadraticRule, exampleMaps.identity)['fixedPoints']).toEqual([
      { segment: [['0', '1'], ['1', '0']], closed: [true, true], exact: true },
    ]);
    const none = analyzeMap(quadraticRule, exampleMaps.noFixedPoint);
    expect(none['fixedPoints']).toEqual([]);
    expect(none['noFixedPointCertificate']).toBeDefined();
  });

  it('acceptance: 3-outcome stochastic matrix, exact fixed point and exact optimal report', () => {
    const a = analyzeMap(quadraticRule, exampleMaps.matrix3);
    expect(a['fixedPoints']).toEqual([{ point: ['1/3', '5/12', '1/4'], exact: true }]);
    expect(a['optimalReports']).toEqual([
      { point: ['7/24', '23/48', '11/48'], exact: true, score: '503/1440', inaccuracyL2Squared: expect.any(String), distanceToFixedPointsL2Squared: expect.any(String) },
    ]);
  });

  it('the logarithmic rule on PP-14: the kink 2/5 exactly (Phi increasing before it, decreasing after), score ln(3/5) enclosed', () => {
    const a = analyzeMap(ruleById('logarithmic').rule, exampleMaps.pp14);
    expect(a['optimalMethod']).toBe('certified-signs');
    const [entry] = a['optimalReports'] as { point: string[]; exact: boolean; score: [string, string]; inaccuracy: string }[];
    expect(entry).toMatchObject({ point: ['2/5', '3/5'], exact: true, inaccuracy: '2/5', distanceToFixedPoints: '2/55' });
    // ln(3/5) = -0.510825623765990683205514096303661934878110796445... (bracketed to 40 digits)
    const [lo, hi] = entry!.score.map((x) => Rational.of(x));
    expect(lo!.le(Rational.of('-0.5108256237659906832055140963036619348781'))).toBe(true);
    expect(hi!.ge(Rational.of('-0.5108256237659906832055140963036619348782'))).toBe(true);
    expect(hi!.sub(lo!).lt(Rational.of('1e-20'))).toBe(true);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });


});

describe('analyzeMap: strict properness from the rule object or the caller, never from the registry', () => {
  it('stable reports need a known strictly proper rule: the trait, or the caller asserting it for a rule without traits', () => {
    expect(analyzeMap(withoutTraits(quadraticRule), exampleMaps.pp02)['stableReports']).toBeNull();
    expect(analyzeMap(withoutTraits(quadraticRule), exampleMaps.pp02, { strictlyProper: true })['stableReports']).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
    expect(analyzeMap(quadraticRule, exampleMaps.pp02)['stableReports']).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
  });
});
