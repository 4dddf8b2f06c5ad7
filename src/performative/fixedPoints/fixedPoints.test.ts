import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { evaluateMap } from '../map/evaluateMap.ts';
import { fixedPoints } from './fixedPoints.ts';
import { reportSetToJson } from '../map/ReportSet.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';
import { decodeMapSpec } from '../map/decodeMapSpec.ts';

const json = (spec: Parameters<typeof fixedPoints>[0]) => fixedPoints(spec).sets.map(reportSetToJson);
const r = (s: string) => Rational.of(s);

describe('fixedPoints (docs/mathematics.md PP-01)', () => {
  it('PP-02: the unique fixed point of 1/4 + (p - 1/4)/4 is 1/4', () => {
    expect(json(exampleMaps.pp02)).toEqual([{ point: ['1/4', '3/4'], exact: true }]);
  });

  it('PP-04 bank run: all three fixed points, exactly', () => {
    expect(json(exampleMaps.bankRun).map((s) => ('point' in s ? s.point : s))).toEqual([
      ['1/10', '9/10'],
      ['3/5', '2/5'],
      ['9/10', '1/10'],
    ]);
  });

  it('PP-13 and PP-14: unique fixed points 4/5 and 4/11', () => {
    expect(json(exampleMaps.pp13)).toEqual([{ point: ['4/5', '1/5'], exact: true }]);
    expect(json(exampleMaps.pp14)).toEqual([{ point: ['4/11', '7/11'], exact: true }]);
  });

  it('the identity map has a continuum: the closed segment [0, 1]', () => {
    expect(json(exampleMaps.identity)).toEqual([{ segment: [['0', '1'], ['1', '0']], closed: [true, true], exact: true }]);
  });

  it('a segment of fixed points next to an isolated one, merged across a breakpoint', () => {
    const spec = decodeMapSpec({ kind: 'binary-piecewise-linear', points: [['0', '0'], ['1/4', '1/4'], ['1/2', '1/2'], ['3/4', '1/4'], ['1', '0']] });
    expect(json(spec)).toEqual([{ segment: [['0', '1'], ['1/2', '1/2']], closed: [true, true], exact: true }]);
  });

  it('a discontinuous map with no fixed point returns none, with a certificate', () => {
    const result = fixedPoints(exampleMaps.noFixedPoint);
    expect(result.sets).toEqual([]);
    expect(result.continuous).toBe(false);
    expect(result.certificate).toMatchObject({ jumps: [{ at: '1/2', left: '3/4', value: '1/4', right: '1/4' }] });
    const signs = (result.certificate as { signs: { signOfFMinusX: string }[] }).signs.map((s) => s.signOfFMinusX);
    expect(signs).toEqual(['+', '+', '-', '-', '-']);
  });

  it('a step map whose upper branch is fixed at its threshold', () => {
    const spec = decodeMapSpec({ kind: 'step', threshold: '1/2', below: '3/4', above: '1/2' });
    expect(json(spec)).toEqual([{ point: ['1/2', '1/2'], exact: true }]);
  });

  it('SG-03: clip(3/2 - 2p, 0, 1) has the fixed point 1/2', () => {
    expect(json(exampleMaps.sg03)).toEqual([{ point: ['1/2', '1/2'], exact: true }]);
  });

  it('3-outcome stochastic matrix: one exact fixed point, verified by A p = p', () => {
    const [set] = fixedPoints(exampleMaps.matrix3).sets;
    expect(set?.kind).toBe('point');
    if (set?.kind !== 'point') throw new Error('expected a point');
    const p = set.point;
    expect(evaluateMap(RationalField, exampleMaps.matrix3, p).map(String)).toEqual(p.map(String));
    expect(Rational.sum(p).equals(Rational.ONE)).toBe(true);
  });

  it('the identity matrix on 3 outcomes: the whole simplex, as its three vertices', () => {
    const spec = decodeMapSpec({ kind: 'stochastic-matrix', columns: [['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']] });
    expect(json(spec)).toEqual([{ polytope: [['0', '0', '1'], ['0', '1', '0'], ['1', '0', '0']], exact: true }]);
  });

  it('a reducible matrix: a segment of fixed points', () => {
    const spec = decodeMapSpec({ kind: 'stochastic-matrix', columns: [['1', '0', '0'], ['0', '1', '0'], ['1/2', '1/2', '0']] });
    expect(json(spec)).toEqual([{ segment: [['0', '1', '0'], ['1', '0', '0']], closed: [true, true], exact: true }]);
  });

  it('a mixture of piecewise maps is solved exactly', () => {
    const spec = decodeMapSpec({
      kind: 'mixture',
      weights: ['1/2', '1/2'],
      components: [
        { kind: 'affine-clipped', a: '0', b: '1' },
        { kind: 'step', threshold: '1/2', below: '1', above: '0' },
      ],
    });
    // f = x/2 + 1/2 below 1/2 (no fixed point there) and x/2 from 1/2 on (none): none at all.
    expect(fixedPoints(spec).sets).toEqual([]);
    expect(fixedPoints(linearMap('1/3', '1/2')).sets.map(reportSetToJson)).toEqual([{ point: ['1/3', '2/3'], exact: true }]);
  });

  it('logistic: certified brackets; one fixed point, proved unique when |b|/4 < 1', () => {
    const spec = decodeMapSpec({ kind: 'logistic', a: '0', b: '2' });
    const result = fixedPoints(spec);
    expect(result.method).toBe('certified-brackets');
    expect(result.sets).toHaveLength(1);
    const [set] = result.sets;
    if (set?.kind !== 'enclosure') throw new Error('expected an enclosure');
    expect(set.contains).toBe('exactly-one');
    // sigma(2x) = x near x = 0.8439 (float check of the certified bracket, for orientation only)
    const [lo, hi] = set.box[0]!;
    expect(lo.toNumber()).toBeLessThan(0.844);
    expect(hi.toNumber()).toBeGreaterThan(0.8438);
    expect(hi.sub(lo).le(r('1/1048576'))).toBe(true);
  });

  it('logistic with a steep slope: three fixed points, each in its own certified bracket', () => {
    const spec = decodeMapSpec({ kind: 'logistic', a: '-5', b: '10' });
    const sets = fixedPoints(spec).sets;
    expect(sets).toHaveLength(3);
    expect(sets.every((s) => s.kind === 'point' || (s.kind === 'enclosure' && s.contains === 'exactly-one'))).toBe(true);
    // the middle one is 1/2 by symmetry (sigma(0) = 1/2)
    const middle = sets[1]!;
    const [lo, hi] = middle.kind === 'enclosure' ? middle.box[0]! : middle.kind === 'point' ? [middle.point[0]!, middle.point[0]!] : [];
    expect(lo!.le(r('1/2')) && hi!.ge(r('1/2'))).toBe(true);
  });
});
