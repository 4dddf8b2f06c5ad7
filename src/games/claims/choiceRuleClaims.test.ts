import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/Claim.ts';
import type { DecisionRule } from '../../decisions/DecisionRule.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { ConditionalGame } from '../ConditionalGame.ts';
import type { ConditionalGameSpec } from '../GameSpec.ts';
import { choiceRuleClaims, maxRuleHonestClaim } from './choiceRuleClaims.ts';
import { everyEquilibriumSelectsBestClaim } from './equilibriumClaims.ts';
import type { GameInput } from './_internals/gameInputCodec.ts';
import { deviationClaims } from './_internals/testInputs.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const quadratic = ruleById('quadratic').rule;
const byProperty = (property: string) => choiceRuleClaims(quadratic).find((c) => c.id.endsWith(`/${property}`)) as Claim<GameInput>;
const b = (p1: string) => [Rational.ONE.sub(r(p1)), r(p1)];
/** DEC-01's numbers: P(y = 1 | a) = (1/2, 1/4), U = y, reports on the grid of quarters. */
const dec01 = (decision: DecisionRule, scoring: ConditionalGameSpec['scoring'], rule = quadratic): ConditionalGameSpec => ({
  kind: 'conditional-prediction', outcomes: 2, utility: [[r('0'), r('1')], [r('0'), r('1')]], truth: [b('1/2'), b('1/4')], ruleName: rule.id, rule, decision, scoring, grid: 4, seats: 'independent',
});

describe('ZS-07 worked example (docs/mathematics.md ZS-07): random-max with an honest opponent', () => {
  it('agent 1 reporting (1/5, 1/4) takes action 1 half the time and earns (1/2) 0 + (1/2)(-9/100) in the -(y - p)^2 form', () => {
    const game = new ConditionalGame(dec01({ kind: 'random-max' }, { kind: 'zero-sum' }));
    const steer = [b('1/5'), b('1/4')];
    expect(game.decision([steer, game.spec.truth]).map(String)).toEqual(['1/2', '1/2']);
    // The code's quadratic rule is the reward form: on two outcomes S(p, q) - S(q, q) = -2 (p_1 - q_1)^2, twice -(p - q)^2.
    expect(game.payoff([steer, game.spec.truth], 0).exact(quadratic, new Map(), RationalField).toString()).toBe('-9/100');
  });
});

describe('ZS-06 / ZS-07 holds-claims fail on deliberately wrong inputs', () => {
  it('honesty is no equilibrium when the opponent\'s score is not subtracted (weighted scheme, c = 0; ZS-05 numbers), under every new choice rule', () => {
    const { weightedZs05 } = deviationClaims(quadratic);
    for (const decision of ['mean-max', 'random-max', 'binary-search'] as const) {
      const claim = byProperty(`${decision}-zero-sum-honest-equilibrium`);
      // P(y = 1 | a) = (1/20, 0): reporting 101/1000 for the second action lifts it (even halfway, under mean-max) and pays -r^2.
      const input = { game: { ...weightedZs05.game, decision: { kind: decision }, scoring: { kind: 'weighted' as const, c: Rational.ZERO } }, deviation: [b('1/20'), b('101/1000')] };
      expect(claim.check(input, ctx).kind, decision).toBe('refuted');
      expect(() => claim.codec.decode(claim.codec.encode(input), 'input')).toThrow(/input\.game\.scoring\.kind/);
    }
  });
  it('with one predictor (no opponent to keep it honest) steering pays: DEC-01 under random-max and binary search', () => {
    const steering = byProperty('random-max-misreport-on-taken-action-loses');
    expect(steering.check({ game: dec01({ kind: 'random-max' }, { kind: 'single' }), deviation: [b('1/5'), b('1/4')] }, ctx).kind).toBe('refuted');
    const search = byProperty('binary-search-costless-misreport-keeps-action');
    expect(search.check({ game: dec01({ kind: 'binary-search' }, { kind: 'single' }), deviation: [b('1/5'), b('1/4')] }, ctx).kind).toBe('refuted');
  });
  it('the honest profile of binary search takes the best action in ceil(log2 |A|) comparisons (6 actions: 3)', () => {
    const truth = ['1/4', '1/2', '0', '3/4', '1/4', '1/2'].map(b);
    const game = new ConditionalGame({ ...dec01({ kind: 'binary-search' }, { kind: 'zero-sum' }), truth, utility: truth.map(() => [r('0'), r('1')]) });
    expect(game.decision([truth, truth]).map(String)).toEqual(['0', '0', '0', '1', '0', '0']);
  });
  it('random-max selects the best action in every equilibrium; given mean-max instead (a deliberately wrong input) it does not', () => {
    const claim = everyEquilibriumSelectsBestClaim(quadratic, 'random-max', 'holds');
    expect(claim.check({ game: dec01({ kind: 'random-max' }, { kind: 'zero-sum' }) }, ctx).kind).toBe('holds');
    const { averageMaxBad } = deviationClaims(quadratic);
    expect(claim.check({ game: { ...averageMaxBad.game, decision: { kind: 'random-max' } } }, ctx).kind).toBe('holds');
    expect(claim.check({ game: { ...averageMaxBad.game, decision: { kind: 'mean-max' } } }, ctx).kind).toBe('refuted');
    expect(() => claim.codec.decode(claim.codec.encode({ game: { ...averageMaxBad.game, decision: { kind: 'mean-max' } } }), 'input')).toThrow(/decision\.kind/);
  });
});

describe('DEC-02: a single expert under the max rule (docs/mathematics.md DEC-02 worked example)', () => {
  const successSquare = ruleById('success-square').rule;
  it('the asymmetric Savage rule of q^2 keeps honesty optimal; the symmetric quadratic rule does not (DEC-01 steering)', () => {
    expect(maxRuleHonestClaim(successSquare, 'holds').check({ game: dec01({ kind: 'argmax' }, { kind: 'single' }, successSquare) }, ctx).kind).toBe('holds');
    const out = maxRuleHonestClaim(quadratic, 'refuted').check({ game: dec01({ kind: 'argmax' }, { kind: 'single' }) }, ctx);
    expect(out.kind).toBe('refuted');
  });
  it('fails for a deliberately wrong input: the success-square claim given the symmetric rule, which its codec rejects', () => {
    const claim = maxRuleHonestClaim(successSquare, 'holds');
    expect(claim.check({ game: dec01({ kind: 'argmax' }, { kind: 'single' }) }, ctx).kind).toBe('refuted');
    expect(() => claim.codec.decode({ game: { kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['0', '1']], truth: [['1/2', '1/2'], ['3/4', '1/4']], decision: { kind: 'argmax' }, scoring: { kind: 'single' }, rule: 'quadratic', grid: 4 } }, 'input')).toThrow(/input\.game/);
  });
});
