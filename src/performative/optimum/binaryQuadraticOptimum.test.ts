import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import { interpolate } from '../map/binaryScorePolynomials.ts';
import { exampleMaps } from '../map/exampleMaps.ts';
import { openSpan, pointSpan, type Span, unionOfSpans } from '../map/IntervalSet.ts';
import { binaryMapArbitrary, piecewiseLinearArbitrary } from '../map/mapSpecArbitrary.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryReport, scoreAt } from '../map/performativeObjective.ts';
import { binaryQuadraticOptimum } from './binaryQuadraticOptimum.ts';

/**
 * The optimum from the rule's score polynomials against an independent reference: Phi evaluated through
 * the rule at three points of every piece and interpolated there (the algorithm before the polynomials
 * were hoisted out of the loop), vertex and ends compared piece by piece.
 */
function reference(rule: ScoringRule, spec: MapSpec): { value: string; spans: Span[] } {
  const phi = (x: Rational, fx: Rational) => scoreAt(RationalField, rule, binaryReport(x), binaryReport(fx));
  const found: { span: Span; value: Rational; attained: boolean }[] = [];
  for (const p of binaryPieces(spec)!) {
    if (p.kind === 'point') {
      found.push({ span: pointSpan(p.x), value: phi(p.x, p.value), attained: true });
      continue;
    }
    const onLine = (x: Rational) => phi(x, p.intercept.add(p.slope.mul(x)));
    const [, c1, c2] = interpolate(onLine, p.lo, p.hi);
    for (const x of [p.lo, p.hi]) found.push({ span: pointSpan(x), value: onLine(x), attained: false });
    if (c2.isZero() && c1.isZero()) found.push({ span: openSpan(p.lo, p.hi), value: onLine(p.lo), attained: true });
    else if (c2.sign() < 0) {
      const v = c1.neg().div(c2.mul(Rational.of(2)));
      if (v.gt(p.lo) && v.lt(p.hi)) found.push({ span: pointSpan(v), value: onLine(v), attained: true });
    }
  }
  const value = found.reduce((m, c) => Rational.max(m, c.value), found[0]!.value);
  return { value: String(value), spans: unionOfSpans(found.filter((c) => c.attained && c.value.equals(value)).map((c) => c.span)) };
}

describe('binaryQuadraticOptimum', () => {
  it('PP-02: Phi = 5/8 + x/4 - x^2 on the one piece; vertex 1/8, value 41/64', () => {
    const result = binaryQuadraticOptimum(ruleById('quadratic').rule, binaryPieces(exampleMaps.pp02)!);
    expect([String(result.value), result.spans.map((s) => String(s.lo)), result.attained]).toEqual(['41/64', ['1/8'], true]);
  });

  it.each(['quadratic', 'ranked-probability', 'power(2)', 'linear'])('%s: the same value and maximisers as the reference on random maps', (id) => {
    const rule = ruleById(id).rule;
    const maps = fc.oneof(binaryMapArbitrary(), piecewiseLinearArbitrary(30)).filter((m) => binaryPieces(m) !== undefined);
    fc.assert(
      fc.property(maps, (spec) => {
        const result = binaryQuadraticOptimum(rule, binaryPieces(spec)!);
        const ref = reference(rule, spec);
        expect(String(result.value)).toBe(ref.value);
        expect(result.spans).toEqual(ref.spans);
      }),
      { numRuns: 150, seed: 29 },
    );
  });
});
