import { describe, expect, it } from 'vitest';
import type { Claim, CheckContext } from '../../core/Claim.ts';
import { decodeGameSpec } from '../../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../../search/budget.ts';
import { runClaim } from '../../search/runClaim.ts';
import { gradientEqualityClaim } from './gradientEqualityClaim.ts';
import { convergenceWithExplorationClaim } from './gradientConvergenceClaims.ts';
import { zeroSumRestingPointsClaim } from './noAcceptClaims.ts';
import { selfPlayStationaryClaim } from './selfPlayStationaryClaims.ts';
import { trainingClaims } from './trainingClaims.ts';

const ctx: CheckContext = { screening: false, precisionCap: 200 };
const R = (s: string) => Rational.of(s);
const quadratic = ruleById('quadratic').rule;
const linear = ruleById('linear').rule;

const gameJson = (rule: string) => ({
  kind: 'conditional-prediction',
  outcomes: 2,
  utility: [['0', '1'], ['0', '1']],
  truth: [['3/4', '1/4'], ['1/2', '1/2']],
  rule,
  decision: { kind: 'optimistic-max' },
  scoring: { kind: 'zero-sum' },
  grid: 4,
  seats: 'shared',
});
const game = (rule: string, resolve = (_: string) => ruleById(rule).rule) => decodeGameSpec(gameJson(rule), 'spec', (n) => resolve(n)) as ConditionalGameSpec;

describe('training claims: registered expectations are met at the default budget', () => {
  for (const claim of trainingClaims.filter((c) => c.expect === 'refuted')) {
    it(`${claim.id} is refuted (seed 1, ${DEFAULT_RUNS} runs) by a certified witness that replays`, () => {
      const result = runClaim(claim, { runs: DEFAULT_RUNS, seed: 1, timeLimitMs: DEFAULT_CLAIM_TIME_LIMIT_MS });
      expect(result.verdict).toBe('refuted');
      const input = (claim as Claim<unknown>).codec.decode(result.counterexample!.input, 'input');
      expect(claim.check(input, ctx).kind).toBe('refuted');
    });
  }
});

describe('holds-claims can fail (deliberately wrong inputs are refuted)', () => {
  it('gradient equality fails at a tie a small move breaks (the action is not locally constant)', () => {
    // r0 = r1 = (1, 0): EU 0 both, action 0 by the tie-break. Moving seat 1's action-1 report toward y = 1
    // raises its EU: the zero-sum payoff now scores action 1 (slope of S((1,0)+t(-1,1), q1) = 2) while the
    // stop-gradient objective still weights action 0 only (slope 0).
    const claim = gradientEqualityClaim(quadratic);
    const input = { game: game('quadratic'), reports: [[R('1'), R('0')], [R('1'), R('0')]], direction: [[R('0'), R('0')], [R('-1'), R('1')]], exploration: R('0'), importanceWeighted: false };
    const out = claim.check(input, ctx);
    expect(out.kind).toBe('refuted');
    expect(out.kind === 'refuted' && (out.witness as any).zeroSumSlope).toBe('2');
    expect(out.kind === 'refuted' && (out.witness as any).stopGradientSlope).toBe('0');
    expect(claim.check({ ...input, reports: [[R('1/2'), R('1/2')], [R('1'), R('0')]] }, ctx).kind).toBe('holds');
    expect(() => claim.codec.decode(claim.codec.encode(input), 'input')).toThrow(/input.reports: .*not locally constant/);
  });

  it('convergence with exploration fails when the exploration is 0 (action 1 frozen, wrong action forever)', () => {
    const claim = convergenceWithExplorationClaim(quadratic);
    const input = { game: game('quadratic'), start: [[R('1'), R('0')], [R('1'), R('0')]], stepSize: R('1/4'), exploration: R('1/10'), importanceWeighted: false };
    expect(claim.check(input, ctx).kind).toBe('holds');
    const out = claim.check({ ...input, exploration: R('0') }, ctx);
    expect(out.kind).toBe('refuted');
    expect(out.kind === 'refuted' && (out.witness as any)).toMatchObject({ actionTakenForever: 0, bestAction: 1, limit: [['3/4', '1/4'], ['1', '0']] });
  });

  it('resting points of zero-sum random search are honest for quadratic, not for the improper linear score', () => {
    expect(zeroSumRestingPointsClaim(quadratic).check({ game: game('quadratic') }, ctx).kind).toBe('holds');
    const out = zeroSumRestingPointsClaim(linear).check({ game: game('linear') }, ctx);
    expect(out.kind).toBe('refuted');
  });

  it('self-play stationary points are the fixed points for quadratic, not for the improper linear score', () => {
    // f(p) = 1/4 + (p - 1/4)/4 (PP-02 map): fixed point 1/4; p = 1/8 is not fixed.
    const map = { kind: 'affine-clipped' as const, a: R('3/16'), b: R('1/4') };
    const at = (point: string) => ({ map, weight: R('1/2'), point: R(point) });
    const q = selfPlayStationaryClaim(quadratic);
    expect(q.check(at('1/4'), ctx).kind).toBe('holds');
    expect(q.check(at('1/8'), ctx).kind).toBe('holds'); // not stationary, not fixed
    // Linear: the slope is 2 f - 1, zero wherever f = 1/2: with f = 1/2 constant, p = 1/8 is stationary, not fixed.
    const flat = { map: { kind: 'affine-clipped' as const, a: R('1/2'), b: R('0') }, weight: R('1/2'), point: R('1/8') };
    expect(selfPlayStationaryClaim(quadratic).check(flat, ctx).kind).toBe('holds');
    expect(selfPlayStationaryClaim(linear).check(flat, ctx).kind).toBe('refuted');
  });
});
