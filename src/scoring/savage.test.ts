import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { RationalField } from '../numbers/RationalField.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import { binaryExponentialRule } from './rules/binaryExponential.ts';
import { logarithmicRule } from './rules/logarithmic.ts';
import { powerRule } from './rules/power.ts';
import { pseudoSphericalRule } from './rules/pseudoSpherical.ts';
import { quadraticRule } from './rules/quadratic.ts';
import { certified, distributionArb, exactScore, expectConsistent, scoreIn } from './rules/ruleTestKit.ts';
import { sphericalRule } from './rules/spherical.ts';
import { zeroOneRule } from './rules/zeroOne.ts';
import { savageRule } from './savage.ts';
import type { ScoringRule } from './ScoringRule.ts';

// SR-01 generators G and (sub)gradients, written against Field like the rules themselves.
const sumOf = <T>(F: Field<T>, p: readonly T[], f: (x: T) => T) => F.sum(p.map(f));
const norm2 = <T>(F: Field<T>, p: readonly T[]) => F.sqrt(sumOf(F, p, (x) => F.mul(x, x)));
const normA = <T>(F: Field<T>, p: readonly T[]) => F.pow(sumOf(F, p, (x) => F.pow(x, 3n)), '1/3');
const expK = <T>(F: Field<T>, p: readonly T[]) => F.exp(F.mul(F.of(10), p[0]!)); // K = 10

const fromQuadratic = savageRule(
  'savage-quadratic',
  (F, p) => sumOf(F, p, (x) => F.mul(x, x)),
  (F, p) => p.map((x) => F.mul(F.of(2), x)),
);
const fromPower3 = savageRule(
  'savage-power(3)',
  (F, p) => sumOf(F, p, (x) => F.pow(x, 3n)),
  (F, p) => p.map((x) => F.mul(F.of(3), F.mul(x, x))),
);
// grad of sum p ln p is ln p + 1; the +1 is normal to the simplex and cancels (savage.ts).
const fromLog = savageRule(
  'savage-log',
  (F, p) => sumOf(F, p, (x) => F.mul(x, F.ln(x))),
  (F, p) => p.map((x) => F.add(F.ln(x), F.of(1))),
  { domain: 'interior' },
);
const fromSpherical = savageRule('savage-spherical', norm2, (F, p) => p.map((x) => F.div(x, norm2(F, p))));
// grad ||p||_3 = p^2 / ||p||_3^2.
const fromPseudo3 = savageRule('savage-pseudo-spherical(3)', normA, (F, p) =>
  p.map((x) => F.div(F.mul(x, x), F.pow(normA(F, p), 2n))),
);
// G(p) = e^{K p_1}/K as a function on R^2: gradient (e^{K p_1}, 0).
const fromExponential = savageRule(
  'savage-binary-exponential(10)',
  (F, p) => F.div(expK(F, p), F.of(10)),
  (F, p) => [expK(F, p), F.of(0)],
  { outcomes: { min: 2, max: 2 } },
);
// G = max_j p_j with the subgradient e_M / |M| averaging the vertices of the argmax set M.
const maxOf = <T>(F: Field<T>, p: readonly T[]) => p.reduce((m, x) => F.max(m, x));
const argmaxAverage = <T>(F: Field<T>, p: readonly T[]) => {
  const indicator = p.map((x) => F.ifNonNegative(F.sub(x, maxOf(F, p)), F.of(1), F.of(0)));
  return indicator.map((e) => F.div(e, F.sum(indicator)));
};
const fromMax = savageRule('savage-zero-one', maxOf, argmaxAverage);

const pairs = (min: number, max: number, interior = false) =>
  fc.integer({ min, max }).chain((n) => fc.tuple(distributionArb(n, n, interior), fc.nat({ max: n - 1 })));

function expectSameExactly(built: ScoringRule, closed: ScoringRule, interior = false): void {
  fc.assert(
    fc.property(pairs(2, 6, interior), ([p, y]) => {
      expect(exactScore(built, p, y)).toEqual(exactScore(closed, p, y));
    }),
  );
}

function expectSameEnclosure(built: ScoringRule, closed: ScoringRule, min = 2, max = 5, interior = false): void {
  fc.assert(
    fc.property(pairs(min, max, interior), ([p, y]: [Distribution, number]) => {
      expectConsistent(certified, scoreIn(certified, built, p, y), scoreIn(certified, closed, p, y));
    }),
    { numRuns: 60 },
  );
}

describe('savageRule (SR-01): S(p, i) = G(p) + <gradG(p), e_i - p> reproduces the closed forms', () => {
  it('quadratic from G = sum p^2, exactly', () => expectSameExactly(fromQuadratic, quadraticRule));
  it('power(3) from G = sum p^3, exactly', () => expectSameExactly(fromPower3, powerRule(3)));
  it('zero-one from G = max p with the averaged vertex subgradient, exactly (ties included)', () => {
    expectSameExactly(fromMax, zeroOneRule);
  });
  it('logarithmic from G = sum p ln p (interior), by enclosure', () => expectSameEnclosure(fromLog, logarithmicRule, 2, 5, true));
  it('spherical from G = ||p||_2, by enclosure', () => expectSameEnclosure(fromSpherical, sphericalRule));
  it('pseudo-spherical(3) from G = ||p||_3, by enclosure', () => expectSameEnclosure(fromPseudo3, pseudoSphericalRule(3)));
  it('binary exponential(10) from G = e^{10 p_1}/10 with gradient (e^{10 p_1}, 0), by enclosure', () =>
    expectSameEnclosure(fromExponential, binaryExponentialRule(10), 2, 2));

  it('keeps the options and checks the gradient length', () => {
    expect(fromLog.domain).toBe('interior');
    expect(fromExponential.outcomes).toEqual({ min: 2, max: 2 });
    const bad = savageRule('bad', (F) => F.of(0), (F) => [F.of(0)]);
    expect(() => bad.score(RationalField, [RationalField.of('1/2'), RationalField.of('1/2')], 0)).toThrow(RangeError);
  });
});
