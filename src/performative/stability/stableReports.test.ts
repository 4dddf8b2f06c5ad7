import { describe, expect, it } from 'vitest';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { withoutTraits } from '../../scoring/rules/ruleTestKit.ts';
import { reportSetToJson } from '../map/ReportSet.ts';
import { stableReports } from './stableReports.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';

const zeroOne = ruleById('zero-one').rule;

describe('stableReports (docs/mathematics.md PP-15)', () => {
  it('strictly proper: the stable reports are the fixed points (PP-02: 1/4, not the optimum 1/8)', () => {
    expect(stableReports(quadraticRule, exampleMaps.pp02, true)?.sets.map(reportSetToJson)).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
  });

  it('zero-one: stable reports need not be fixed points (PP-15: merely proper)', () => {
    // f = 1/4 + (p - 1/4)/4 < 1/2 everywhere: every report below 1/2 is stable, and 1/2 is not.
    const sets = stableReports(zeroOne, exampleMaps.pp02, false)?.sets.map(reportSetToJson);
    expect(sets).toEqual([{ segment: [['0', '1'], ['1/2', '1/2']], closed: [true, false], exact: true }]);
  });

  it('zero-one with an increasing map through 1/2: both sides stable and the point 1/2', () => {
    const sets = stableReports(zeroOne, linearMap('1/2', '1/2'), false)?.sets.map(reportSetToJson);
    expect(sets).toEqual([{ segment: [['0', '1'], ['1', '0']], closed: [true, true], exact: true }]);
  });

  it('zero-one with a decreasing map: only reports whose side f agrees with', () => {
    // f = 3/2 - 2x clipped: x < 1/2 has f > 1/2 (unstable) except none; x > 1/2: f >= 1/2 iff x <= 1/2: none; x = 1/2: f = 1/2.
    const sets = stableReports(zeroOne, exampleMaps.sg03, false)?.sets.map(reportSetToJson);
    expect(sets).toEqual([{ point: ['1/2', '1/2'], exact: true }]);
  });
});

describe('stableReports reads the zero-one trait, not the name', () => {
  it('a rule called zero-one without the trait is not given the zero-one stable set', () => {
    expect(stableReports(withoutTraits(zeroOne), exampleMaps.pp02, false)).toBeUndefined();
    expect(stableReports(zeroOne, exampleMaps.pp02, false)?.method).toBe('zero-one-exact');
  });
});
