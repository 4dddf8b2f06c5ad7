import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { quantile, summarise } from './summaryStatistics.ts';

const exact = (xs: (number | string)[]) => xs.map((x) => [Rational.of(String(x)), Rational.of(String(x))] as const);

describe('summarise (exact statistics with certified bounds)', () => {
  it('Hazen quartiles, median, sample SD of 1, 2, 3, 4 (worked by hand)', () => {
    const s = summarise(exact([4, 1, 3, 2]))!;
    // h = 4 q + 1/2: q1 at h = 1.5 -> 1.5, median at 2.5 -> 2.5, q3 at 3.5 -> 3.5.
    expect(s.quartiles).toEqual([1.5, 2.5, 3.5]);
    expect([s.mean, s.median, s.min, s.max, s.count]).toEqual([2.5, 2.5, 1, 4, 4]);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 9); // sum of squares 5, divisor n - 1 = 3
    expect(s.maxEnclosureWidth).toBe(0);
  });

  it('Hazen clamps at the ends and interpolates (5 values: q1 at h = 1.75)', () => {
    const xs = [10, 20, 30, 40, 50].map((x) => Rational.of(x));
    expect(quantile(xs, Rational.of('1/4')).toString()).toBe('35/2'); // 10 + 0.75 (20 - 10)
    expect(quantile(xs.slice(0, 1), Rational.of('3/4')).toString()).toBe('10');
    expect(summarise(exact([7]))!.sd).toBeNull();
  });

  it('certified bounds contain the statistics of any values inside the enclosures', () => {
    const values = [['1', '2'], ['3', '3'], ['0', '1/2']].map(([a, b]) => [Rational.of(a!), Rational.of(b!)] as const);
    const s = summarise(values)!;
    // The true values could be (1, 3, 0) or (2, 3, 1/2): means 4/3 and 11/6.
    expect(s.certified.mean).toEqual(['1.333333333', '1.833333333']);
    expect(s.maxEnclosureWidth).toBe(1);
    for (const v of [[1, 3, 0], [2, 3, 0.5], [1.5, 3, 0.25]]) {
      const m = v.reduce((a, b) => a + b) / 3;
      const sd = Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / 2);
      const [lo, hi] = s.certified.sd!.map(Number);
      expect(sd).toBeGreaterThanOrEqual(lo! - 1e-9);
      expect(sd).toBeLessThanOrEqual(hi! + 1e-9);
    }
  });

  it('takes 1000 values with distinct huge denominators (the grid 10^-40 keeps the sums small)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => {
      const x = Rational.of(BigInt(i * 7919 + 1), 10n ** 30n + BigInt(i));
      return [x, x.add(Rational.of(1n, 10n ** 30n))] as const;
    });
    const s = summarise(values)!;
    expect(s.count).toBe(1000);
    expect(Number(s.certified.mean[0])).toBeLessThanOrEqual(s.mean);
    expect(Number(s.certified.mean[1])).toBeGreaterThanOrEqual(s.mean);
  });
});
