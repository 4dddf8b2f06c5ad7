/**
 * Test-only helpers shared by the rule tests (no production code imports this file): exact and
 * certified evaluation of scores (decisions through the certification engine, certify/), and a small
 * rational-distribution arbitrary.
 */
import * as fc from 'fast-check';
import { expect } from 'vitest';
import type { Comparison } from '../../certify/Comparison.ts';
import { certifiedSign as engineSign } from '../../certify/certifiedSign.ts';
import { decide } from '../../certify/decide.ts';
import type { NumericField } from '../../numbers/Field.ts';
import type { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { expectedScoreAt } from '../expectedScore.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/** The certified tier for irrational values: outward-rounded intervals at 40 significant digits. */
export const certified: NumericField<Interval> = intervalField(40);

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

/** The certified sign of lhs - rhs through the certification engine (undefined when no tier separates them). */
export function certifiedSign(build: <T>(F: NumericField<T>) => { lhs: T; rhs: T }): -1 | 0 | 1 | undefined {
  return engineSign(<T,>(F: NumericField<T>) => {
    const { lhs, rhs } = build(F);
    return F.sub(lhs, rhs);
  });
}

/**
 * Whether a law's comparison is certified to hold (true) or to fail (false) by the certification engine
 * (the same ladder and equality policy as the search); undefined when it is undecided at the cap.
 */
export function verdictOf(build: Build): boolean | undefined {
  const decision = decide(build);
  return decision.kind === 'undecided' ? undefined : decision.kind === 'holds';
}

/** S(p, q) for exact distributions (outcomes with q_y = 0 skipped), in any tier. */
export function expectedScoreOf<T>(F: NumericField<T>, rule: ScoringRule, p: Distribution, q: Distribution): T {
  return expectedScoreAt(F, rule, lift(F, p), q.coords);
}

/** a and b enclose the same number: their difference contains 0 (intervals) or is tiny (floats). */
export function expectConsistent<T>(F: NumericField<T>, a: T, b: T): void {
  if (F.tier === 'float') expect(Math.abs(F.approx(a) - F.approx(b))).toBeLessThan(1e-9);
  else expect([0, undefined]).toContain(F.sign(F.sub(a, b)));
}

/**
 * The interval x certifiably contains the real number whose decimal expansion begins with
 * `reference` (give 60+ significant digits, correctly rounded): x contains the whole bracket
 * reference -/+ 1e-58, hence the number itself, and is tight (width below 1e-30).
 */
export function expectEncloses(x: Interval, reference: string): void {
  const ref = Rational.of(reference);
  const slack = Rational.of('1e-58');
  expect(x.contains(ref.sub(slack)) && x.contains(ref.add(slack)), `${x} encloses ${reference}`).toBe(true);
  expect(x.width.lt('1e-30'), `${x} is tight`).toBe(true);
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

/** Two distributions (p, q) over the same number of outcomes, minN..maxN. */
export function distributionPairArb(minN: number, maxN: number, interior = false): fc.Arbitrary<[Distribution, Distribution]> {
  return fc.integer({ min: minN, max: maxN }).chain((n) => fc.tuple(distributionArb(n, n, interior), distributionArb(n, n, interior)));
}

/**
 * A built-in rule as a user's rule file would copy it: the same id and values, no traits. The branch
 * (always taken, same value) keeps the polynomial proof from earning the quadratic trait back, so every
 * consumer sees a rule about which nothing is known and must take its general path.
 */
export function withoutTraits(rule: ScoringRule): ScoringRule {
  return {
    id: rule.id,
    outcomes: rule.outcomes,
    domain: rule.domain,
    score: (F, p, y) => F.ifNonNegative(F.of(0), rule.score(F, p, y), rule.score(F, p, y)),
  };
}
