/**
 * Test-only helpers shared by the rule tests (no production code imports this file): exact and
 * certified evaluation of scores, and a small rational-distribution arbitrary.
 */
import * as fc from 'fast-check';
import { expect } from 'vitest';
import type { Comparison } from '../../claims/laws/Comparison.ts';
import { InexactError, type NumericField } from '../../numbers/Field.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import type { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/** The certified tier for irrational values. */
export const certified: NumericField<number> = FloatField;

/** Report coordinates lifted into a tier. */
export function lift<T>(F: NumericField<T>, p: Distribution): T[] {
  return p.coords.map((c) => F.fromRational(c));
}

export function scoreIn<T>(F: NumericField<T>, rule: ScoringRule, p: Distribution, y: number): T {
  return rule.score(F, lift(F, p), y);
}

/** S(p, y) exactly; throws InexactError if the value is irrational. */
export function exactScore(rule: ScoringRule, p: Distribution, y: number): Rational {
  return scoreIn(RationalField, rule, p, y);
}

type Build = <T>(F: NumericField<T>) => Comparison<T>;

/** lhs - rhs's certified sign and the relation: exact where the tier allows, else in the certified tier. */
function signOf(build: Build): { sign: -1 | 0 | 1 | undefined; relation: Comparison<unknown>['relation'] } {
  try {
    const { lhs, rhs, relation } = build(RationalField);
    return { sign: lhs.sub(rhs).sign(), relation };
  } catch (e) {
    if (!(e instanceof InexactError)) throw e;
  }
  const { lhs, rhs, relation } = build(certified);
  return { sign: certified.sign(certified.sub(lhs, rhs)), relation };
}

/** The certified sign of lhs - rhs (undefined when the certified tier cannot separate them). */
export function certifiedSign(build: <T>(F: NumericField<T>) => { lhs: T; rhs: T }): -1 | 0 | 1 | undefined {
  return signOf(<T,>(F: NumericField<T>) => ({ ...build(F), relation: '=' as const })).sign;
}

/**
 * Whether a law's comparison is certified to hold (true) or to fail (false); undefined when the
 * certified tier cannot tell (an irrational equality, or a gap below its precision).
 */
export function decideComparison(build: Build): boolean | undefined {
  const { sign, relation } = signOf(build);
  if (sign === undefined) return undefined;
  if (relation === '>') return sign > 0;
  if (relation === '>=') return sign >= 0;
  return sign === 0;
}

/** a and b enclose the same number: their difference contains 0 (intervals) or is tiny (floats). */
export function expectConsistent<T>(F: NumericField<T>, a: T, b: T): void {
  if (F.tier === 'float') expect(Math.abs(F.approx(a) - F.approx(b))).toBeLessThan(1e-9);
  else expect([0, undefined]).toContain(F.sign(F.sub(a, b)));
}

/**
 * x encloses the real number whose decimal expansion starts `reference` (30+ digits): it lies strictly
 * between reference -/+ a margin (1e-30 for intervals, 1e-12 for floats), certified by sign.
 */
export function expectNear<T>(F: NumericField<T>, x: T, reference: string): void {
  const margin = F.of(F.tier === 'float' ? '1e-12' : '1e-30');
  const ref = F.of(reference);
  expect(F.sign(F.sub(x, F.sub(ref, margin))), `${reference} - margin < x`).toBe(1);
  expect(F.sign(F.sub(F.add(ref, margin), x)), `x < ${reference} + margin`).toBe(1);
}

/**
 * Distributions over minN..maxN outcomes from small integer weights (shrinks to few outcomes and small
 * denominators); `interior` keeps every coordinate positive.
 */
export function distributionArb(minN: number, maxN: number, interior = false): fc.Arbitrary<Distribution> {
  return fc
    .array(fc.nat({ max: 12 }), { minLength: minN, maxLength: maxN })
    .map((w) => (interior ? w.map((x) => x + 1) : w))
    .filter((w) => w.some((x) => x > 0))
    .map((w) => Distribution.fromWeights(w));
}
