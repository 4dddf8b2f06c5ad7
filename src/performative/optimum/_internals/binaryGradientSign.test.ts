import { describe, expect, it } from 'vitest';
import { Rational } from '../../../numbers/Rational.ts';
import { ruleById } from '../../../scoring/rules/builtinRules.ts';
import { decodeMapSpec } from '../../map/decodeMapSpec.ts';
import { optimalReports } from '../optimalReports.ts';
import { binaryGradientSign, isSmoothBinaryMap } from './binaryGradientSign.ts';

const r = (s: string) => Rational.of(s);
const logistic = decodeMapSpec({ kind: 'logistic', a: '-1', b: '2' });

describe('branch and bound with the sign of Phi\' (docs/mathematics.md PP-03)', () => {
  // f(x) = 1 / (1 + e^(1 - 2x)) is symmetric about 1/2, its fixed point; H = f - x + f' r vanishes
  // to third order there (Phi - Phi* ~ -(x - 1/2)^4), which a first-order value bound cannot resolve.
  for (const id of ['quadratic', 'logarithmic']) {
    it(`${id}: the logistic optimum 1/2 is enclosed in a box narrower than 1e-6`, () => {
      const o = optimalReports(ruleById(id).rule, logistic);
      expect(o.method).toBe('branch-and-bound');
      expect(o.sets).toHaveLength(1);
      const set = o.sets[0]!;
      if (set.kind !== 'enclosure') throw new Error(`expected an enclosure, got ${set.kind}`);
      const [lo, hi] = set.box[0]!;
      expect(lo.le(r('1/2')) && hi.ge(r('1/2'))).toBe(true);
      expect(hi.sub(lo).lt(r('1/1000000'))).toBe(true);
      if (!('lower' in o)) throw new Error('expected certified bounds');
      expect(o.lower.le(o.upper)).toBe(true);
    });
  }

  it('certifies the sign of H away from the optimum and leaves it open across it', () => {
    const sign = binaryGradientSign(ruleById('quadratic').rule, logistic, 40)!;
    expect(sign(r('1/10'), r('2/10'))).toBe(1);
    expect(sign(r('8/10'), r('9/10'))).toBe(-1);
    expect(sign(r('1/2').sub(r('1/1000')), r('1/2').add(r('1/1000')))).toBe(0);
  });

  it('is not used for maps with jumps or kinks', () => {
    expect(isSmoothBinaryMap(decodeMapSpec({ kind: 'step', threshold: '1/2', below: '1/4', above: '3/4' }))).toBe(false);
    expect(isSmoothBinaryMap(decodeMapSpec({ kind: 'affine-clipped', a: '1/4', b: '1/2' }))).toBe(false);
    expect(isSmoothBinaryMap(logistic)).toBe(true);
  });

  it('is not used for an improper rule (linear): the old value bound decides', () => {
    const o = optimalReports(ruleById('linear').rule, logistic);
    expect(o.sets.length).toBeGreaterThan(0);
  });
});
