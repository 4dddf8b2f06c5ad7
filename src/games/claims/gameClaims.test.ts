import { describe, expect, it } from 'vitest';
import type { Claim, CheckContext } from '../../core/Claim.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../../search/budget.ts';
import { runClaim } from '../../search/runClaim.ts';
import type { ConditionalGameSpec } from '../GameSpec.ts';
import { deviationClaims } from './_internals/testInputs.ts';
import { gameBattery, gameClaims } from './gameClaims.ts';

const ctx: CheckContext = { screening: false, precisionCap: 200 };
const byId = (id: string) => {
  const c = gameClaims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c as Claim<any>;
};

describe('game claims: registered expectations are met at the default budget', () => {
  for (const claim of gameClaims.filter((c) => c.expect === 'refuted')) {
    it(`${claim.id} is refuted by random search (seed 1, ${DEFAULT_RUNS} runs) with a certified witness that replays`, () => {
      const result = runClaim(claim, { runs: DEFAULT_RUNS, seed: 1, timeLimitMs: DEFAULT_CLAIM_TIME_LIMIT_MS });
      expect(result.verdict).toBe('refuted');
      const input = claim.codec.decode(result.counterexample!.input, 'input');
      const again = claim.check(input, ctx);
      expect(again.kind).toBe('refuted');
      expect(again.kind === 'refuted' && again.by.tier).not.toBe('float-screen');
    });
  }
});

describe('holds-claims can fail (deliberately wrong inputs are refuted)', () => {
  const q = ruleById('quadratic').rule;
  const wrong = deviationClaims(q);

  it('zero-sum-honest-equilibrium fails for the weighted scheme (c = 9/10, ZS-05 numbers)', () => {
    const out = byId('quadratic/zero-sum-honest-equilibrium').check(wrong.weightedZs05, ctx);
    expect(out.kind).toBe('refuted');
  });
  it('optimistic-max-selects-best-action fails for an average-then-max game with a bad equilibrium', () => {
    const claim = byId('quadratic/optimistic-max-selects-best-action');
    expect(claim.check(wrong.averageMaxBad, ctx).kind).toBe('refuted');
    expect(claim.check({ game: { ...wrong.averageMaxBad.game, decision: { kind: 'optimistic-max' } } }, ctx).kind).toBe('holds');
  });
  it('importance-weighted-honest-unique-optimum fails without importance weights', () => {
    const claim = byId('quadratic/importance-weighted-honest-unique-optimum');
    expect(claim.check(wrong.epsilonGreedyUnweighted, ctx).kind).toBe('refuted');
    expect(claim.check({ ...wrong.epsilonGreedyUnweighted, game: { ...wrong.epsilonGreedyUnweighted.game, scoring: { kind: 'importance-weighted' } } }, ctx).kind).toBe('holds');
  });
  it('performative-game-fixed-point-equilibrium-low-influence holds at influence 2/5 and fails at 4/5 (SG-05 example: deviating to 1 pays +3/10)', () => {
    const low = byId('quadratic/performative-game-fixed-point-equilibrium-low-influence');
    const any = byId('quadratic/performative-game-fixed-point-equilibrium');
    const input = (slope: string) => ({ pStar: Rational.of('1/2'), slope: Rational.of(slope), weight: Rational.ONE, deviation: Rational.ONE });
    expect(low.check(input('2/5'), ctx).kind).toBe('holds');
    const out = any.check(input('4/5'), ctx);
    expect(out.kind).toBe('refuted');
    // docs/mathematics.md SG-05 (reward form, §1.2): psi(1) = (6/5)(1 - 1/2)^2 = 3/10, so S(p*, f) - S(1, f) = -3/10.
    expect(out.kind === 'refuted' && (out.witness as any).comparison.margin).toBe('-3/10');
  });
  it('game-symmetric-equilibrium-exists fails for an asymmetric game (weight 1: player 2 has no influence)', () => {
    const claim = byId('quadratic/game-symmetric-equilibrium-exists');
    const map = { kind: 'affine-clipped' as const, a: Rational.of('-3/10'), b: Rational.of('8/5') };
    expect(claim.check({ map, weight: Rational.of('1/2'), grid: 4 }, ctx).kind).toBe('holds');
    expect(claim.check({ map, weight: Rational.ONE, grid: 4 }, ctx).kind).toBe('refuted');
  });
});

describe('gameBattery', () => {
  it('instantiates the three battery claims for a rule', () => {
    expect(gameBattery(ruleById('spherical').rule).map((c) => c.id)).toEqual([
      'spherical/zero-sum-honest-equilibrium',
      'spherical/optimistic-max-selects-best-action',
      'spherical/single-agent-argmax-honest',
    ]);
  });
});

export type { ConditionalGameSpec };
