import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/Claim.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { exampleMaps } from '../map/exampleMaps.ts';
import { fixedPointsExistClaim, prefersExtremeFixedPointsClaim } from './fixedPointClaims.ts';
import { optimumWithinBoundClaim } from './optimalityClaims.ts';
import { stableIffFixedPointClaim } from './dynamicsClaims.ts';
import { performativeClaims } from './performativeClaims.ts';
import { decodeMapSpec } from '../map/decodeMapSpec.ts';

const ctx = { screening: true, precisionCap: 96 };
const RUNS = 150;

function search(claim: Claim, runs: number) {
  const inputs = fc.sample(claim.arbitrary, { numRuns: runs, seed: 42 });
  for (const [i, input] of inputs.entries()) {
    // every generated input survives its codec (stored counterexamples replay)
    const decoded = claim.codec.decode(JSON.parse(JSON.stringify(claim.codec.encode(input))), 'input');
    const outcome = claim.check(decoded, ctx);
    if (outcome.kind === 'refuted') return { refutedAt: i + 1, outcome };
  }
  return { refutedAt: undefined };
}

describe('performativeClaims meet their expectations at a small budget', () => {
  it('ids are unique and of the form <subject>/<property>', () => {
    const ids = performativeClaims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(/^[^/\s]+\/[^/\s]+$/));
  });

  it.each(performativeClaims.map((c) => [c.id, c] as const))('%s', (_, claim) => {
    const result = search(claim, RUNS);
    if (claim.expect === 'refuted') {
      expect(result.refutedAt, `${claim.id} found no counterexample in ${RUNS} runs`).toBeDefined();
      expect(JSON.parse(JSON.stringify(result.outcome!))).toEqual(result.outcome);
    } else {
      expect(result.refutedAt, `${claim.id}: ${JSON.stringify(result)}`).toBeUndefined();
    }
  });
});

describe('holds-claims can fail (deliberately wrong inputs or constants)', () => {
  it('fixed points exist: a discontinuous map bypassing the codec is refuted', () => {
    expect(fixedPointsExistClaim.check({ map: exampleMaps.noFixedPoint }, ctx).kind).toBe('refuted');
    expect(() => fixedPointsExistClaim.codec.decode({ map: { kind: 'step', threshold: '1/2', below: '1', above: '0' } }, 'input')).toThrow(/continuous/);
  });

  it('optimum within bound: a too-small constant c_S is refuted (PP-14: inaccuracy 2/5 > 10 c)', () => {
    const wrong = optimumWithinBoundClaim(ruleById('quadratic').rule, Rational.of('1/100'));
    expect(wrong.check({ map: exampleMaps.pp14 }, ctx).kind).toBe('refuted');
  });

  it('prefers extreme fixed points: fails for a constant (proper, not strictly proper) rule, G constant', () => {
    const spec = decodeMapSpec({ kind: 'binary-piecewise-linear', points: [['0', '1/2'], ['3/5', '3/5'], ['13/20', '1'], ['7/10', '7/10'], ['3/4', '1/2'], ['4/5', '4/5'], ['1', '1/2']] });
    const constant: ScoringRule = { id: 'constant', outcomes: { min: 2, max: 2 }, domain: 'closed', score: (F) => F.of(1) };
    expect(prefersExtremeFixedPointsClaim(constant).check({ map: spec }, ctx).kind).toBe('refuted');
    expect(prefersExtremeFixedPointsClaim(ruleById('quadratic').rule).check({ map: spec }, ctx).kind).toBe('holds');
  });

  it('stable iff fixed point: fails for zero-one (stable reports that are not fixed, PP-15)', () => {
    const out = stableIffFixedPointClaim(ruleById('zero-one').rule).check({ a: Rational.of('1/10'), b: Rational.ZERO, x: Rational.of('1/5') }, ctx);
    expect(out.kind).toBe('refuted');
  });
});
