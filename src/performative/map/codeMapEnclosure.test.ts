import { describe, expect, it } from 'vitest';
import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { guardedMap } from '../../rulefile/guardedMap.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { rangeOver, slopeRangeOver } from './binaryMapEnclosure.ts';
import type { CodeMapSpec, MapSpec } from './MapSpec.ts';

const r = (x: string) => Rational.of(x);
const binary = (name: string, g: <T>(F: Field<T>, x: T) => T): CodeMapSpec => ({
  kind: 'code',
  name,
  outcomes: 2,
  f: guardedMap(`${name}.ts`, 2, (F, p) => {
    const y = g(F, p[0]!);
    return [y, F.sub(F.of(1), y)];
  }),
});
const affine = binary('pp02', (F, x) => F.add(F.of('3/16'), F.mul(F.of('1/4'), x)));
const step = binary('step', (F, x) => F.ifNonNegative(F.sub(x, F.of('1/2')), F.of('1/5'), F.of('4/5')));
const logisticCode = binary('logistic', (F, x) => F.div(F.of(1), F.add(F.of(1), F.exp(F.neg(F.add(F.of(1), F.mul(F.of(-3), x)))))));
const logisticSpec: MapSpec = { kind: 'logistic', a: r('1'), b: r('-3') };
const json = (spec: MapSpec) => JSON.stringify(fixedPoints(spec).sets.map((s) => (s.kind === 'point' ? s.point.map(String) : s.kind === 'enclosure' ? s.box.map((b) => b.map(String)) : s.kind)));

describe('maps given as code: bounds from interval evaluation, slopes only where no branch is in doubt', () => {
  it('PP-02 as code: f over [0, 1] lies in [3/16, 7/16], slope exactly 1/4, and the fixed point 1/4 is found exactly', () => {
    expect(rangeOver(affine, r('0'), r('1')).map(String)).toEqual(['3/16', '7/16']);
    expect(slopeRangeOver(affine, r('0'), r('1'))!.map(String)).toEqual(['1/4', '1/4']);
    const fixed = fixedPoints(affine);
    expect(fixed.method).toBe('certified-brackets');
    expect(fixed.sets).toEqual([{ kind: 'point', point: [r('1/4'), r('3/4')] }]);
    expect(fixed.continuous).toBeUndefined();
  });

  it('f(x) = 1/5 + x/2 as code: bisection never hits the fixed point 2/5, the simplest rational of its bracket does, exactly', () => {
    const drift = binary('drift', (F, x) => F.add(F.of('1/5'), F.mul(F.of('1/2'), x)));
    expect(fixedPoints(drift).sets).toEqual([{ kind: 'point', point: [r('2/5'), r('3/5')] }]);
  });

  it('the logistic map 1/(1 + exp(-(1 - 3x))) as code gets the same certified bracket as the logistic kind: exactly one fixed point', () => {
    expect(json(logisticCode)).toBe(json(logisticSpec));
    expect(fixedPoints(logisticCode).sets).toMatchObject([{ kind: 'enclosure', contains: 'exactly-one' }]);
  });

  it('a step as code: no slope bound across the jump (the branch is in doubt), 0 away from it; the jump is left as one narrow box where nothing is proved, never as a fixed point', () => {
    expect(slopeRangeOver(step, r('1/4'), r('3/4'))).toBeUndefined();
    expect(slopeRangeOver(step, r('0'), r('1/4'))!.map(String)).toEqual(['0', '0']);
    expect(rangeOver(step, r('1/4'), r('3/4')).map(String)).toEqual(['1/5', '4/5']);
    // f(x) = 4/5 below 1/2 and 1/5 from 1/2 on has no fixed point; interval evaluation cannot exclude the
    // box holding the jump (its enclosure is the hull [1/5, 4/5]), so it stays, marked 'unknown'.
    const fixed = fixedPoints(step);
    expect(fixed.sets).toEqual([{ kind: 'enclosure', box: [[r('524287/1048576'), r('1/2')], [r('1/2'), r('524289/1048576')]], contains: 'unknown' }]);
  });
});
