import fc from 'fast-check';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { DecisionKind } from '../../decisions/DecisionRule.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { argmaxLowest } from '../../decisions/expectedUtility.ts';
import { deviationClaim } from './deviationClaims.ts';
import type { ConditionalGame, ConditionalStrategy } from '../ConditionalGame.ts';
import type { GameInput } from './_internals/gameInputCodec.ts';

const zeroSum = fc.constant({ kind: 'zero-sum' as const });
const single = fc.constant({ kind: 'single' as const });

/** ZS-03 for one choice rule: against an honest opponent no report earns more than honesty. */
function honestEquilibrium(rule: ScoringRule, decision: DecisionKind, source: string, actions: readonly [number, number]): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: `${decision}-zero-sum-honest-equilibrium`,
      statement: (r) => `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${r} under the choice rule ${decision}: against an honest opponent no report (grid or off-grid) earns more than honesty.`,
      source,
      shape: { actions, outcomes: [2, 3], grid: [1, 3], decisions: [decision], scheme: zeroSum },
      decisions: [decision],
      schemes: ['zero-sum'],
      relation: '>=',
    },
    'holds',
  );
}

/** The profile a deviation s plays: against the honest opponent, or alone when the scheme pays one predictor. */
function against(model: ConditionalGame, s: ConditionalStrategy): ConditionalStrategy[] {
  return model.predictors === 2 ? [s, model.spec.truth] : [s];
}

const ZS07 = 'docs/mathematics.md ZS-07 (CONJECTURE: the definitions of mean-max and random-max are this project\'s), ZS-03';
const ZS06 = 'docs/mathematics.md ZS-06 (CONJECTURE: the binary search is this project\'s definition), ZS-02, ZS-03';

/**
 * ZS-07: under random-max a deviation that misreports an action it makes the principal take with positive
 * probability strictly loses (ZS-03's equality case: S strictly proper).
 */
function randomMaxMisreportLoses(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'random-max-misreport-on-taken-action-loses',
      statement: (r) => `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${r} under random-max: against an honest opponent every report that is untruthful on some action taken with positive probability earns strictly less than honesty.`,
      source: ZS07,
      shape: { actions: [2, 3], outcomes: [2, 3], grid: [1, 3], decisions: ['random-max'], scheme: zeroSum },
      decisions: ['random-max'],
      schemes: ['zero-sum'],
      relation: '>',
      relevant: (model, s) => !model.honestOnTaken(s, model.support(against(model, s))),
    },
    'holds',
  );
}

/**
 * ZS-06: under the binary search a misreport that changes the action the principal takes strictly loses:
 * the half it lifts is compared through a scored report, so steering means misreporting the action taken.
 */
function binarySearchSteeringLoses(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'binary-search-costless-misreport-keeps-action',
      statement: (r) => `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${r}, the action found by binary search over halves of the actions (ceil(log2 |A|) comparisons of optimistic half values): against an honest opponent every report that changes the action taken earns strictly less than honesty.`,
      source: ZS06,
      shape: { actions: [2, 6], outcomes: [2, 3], grid: [1, 2], decisions: ['binary-search'], scheme: zeroSum },
      decisions: ['binary-search'],
      schemes: ['zero-sum'],
      relation: '>',
      relevant: (model, s) => argmaxLowest(model.decision(against(model, s))) !== argmaxLowest(model.decision(against(model, model.spec.truth))),
    },
    'holds',
  );
}

/** ZS-06 and ZS-07 for one rule: the stochastic choice rules and the binary search. */
export function choiceRuleClaims(rule: ScoringRule): Claim<GameInput>[] {
  return [
    honestEquilibrium(rule, 'mean-max', ZS07, [2, 3]),
    honestEquilibrium(rule, 'random-max', ZS07, [2, 3]),
    randomMaxMisreportLoses(rule),
    honestEquilibrium(rule, 'binary-search', ZS06, [2, 6]),
    binarySearchSteeringLoses(rule),
  ];
}

const DEC02 = 'docs/mathematics.md DEC-02 (Othman & Sandholm 2010: the max rule; the example rule is the Savage rule of G(q) = q^2)';

/**
 * DEC-02: one expert, binary outcome with U = y (success), the max rule (the principal takes the action of
 * largest reported P(success)), paid S(p(.|a), y) on the action taken: honesty maximises the expected
 * payment. Holds for the asymmetric success-square rule; refuted for the symmetric quadratic rule.
 */
export function maxRuleHonestClaim(rule: ScoringRule, expect: 'holds' | 'refuted'): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'single-agent-success-max-honest',
      statement: (r) => `One expert paid S(p(.|a), y) with S = ${r} on the action a of largest reported success probability (binary outcome, U(a, y) = y): honest reporting maximises its expected payment.`,
      source: DEC02,
      shape: { actions: [2, 3], outcomes: [2, 2], grid: [1, 6], decisions: ['argmax'], scheme: single, utilityRow: [0, 1] },
      decisions: ['argmax'],
      schemes: ['single'],
      relation: '>=',
      premise: (game, at) => {
        if (!game.utility.every((row) => row[0]!.isZero() && row[1]!.equals(Rational.ONE))) throw new SpecError(`${at}.utility`, 'DEC-02 is about U(a, y) = y (success)');
      },
    },
    expect,
  );
}
