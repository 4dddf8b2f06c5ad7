import fc from 'fast-check';
import type { Claim, Expectation } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import type { DecisionKind } from '../../decisions/DecisionRule.ts';
import { argmaxLowest } from '../../decisions/expectedUtility.ts';
import { countTieBreaks } from '../../decisions/tieBreak.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { ConditionalGame, type ConditionalStrategy } from '../ConditionalGame.ts';
import { conditionalGameArbitrary, deviationArbitrary, type ConditionalGameShape } from '../conditionalGameArbitrary.ts';
import type { ConditionalGameSpec } from '../GameSpec.ts';
import type { ScoringScheme, SchemeKind } from '../ScoringScheme.ts';
import { ScoreTerms } from '../ScoreTerms.ts';
import { decideAll, type TermsComparison } from './decideAll.ts';
import { deviationCandidates, strategyJson } from './_internals/deviationCandidates.ts';
import { gameInputCodec, type GameInput } from './_internals/gameInputCodec.ts';

/** What a deviation claim compares: honest payoff vs a deviation's, strictly or weakly, on which deviations. */
export interface DeviationLaw {
  readonly property: string;
  readonly statement: (rule: string) => string;
  readonly source: string;
  readonly shape: ConditionalGameShape;
  readonly decisions: readonly DecisionKind[];
  readonly schemes: readonly SchemeKind[];
  /** '>=': honesty is a best response; '>': honesty is the unique best response. */
  readonly relation: '>=' | '>';
  /** Only deviations for which this holds are compared (default: all but honesty itself). */
  readonly relevant?: (model: ConditionalGame, s: ConditionalStrategy) => boolean;
  /** Further hypotheses checked when an input is decoded. */
  readonly premise?: (game: ConditionalGameSpec, at: string) => void;
}

/** A claim comparing honesty with every deviation of the discretised game (and an explicit one), for one rule. */
export function deviationClaim(rule: ScoringRule, law: DeviationLaw, expect: Expectation): Claim<GameInput> {
  const premise = (game: ConditionalGameSpec, at: string) => {
    if (!law.decisions.includes(game.decision.kind)) throw new SpecError(`${at}.decision.kind`, `this claim is about ${law.decisions.join(' / ')}`);
    if (!law.schemes.includes(game.scoring.kind)) throw new SpecError(`${at}.scoring.kind`, `this claim is about ${law.schemes.join(' / ')}`);
    law.premise?.(game, at);
  };
  return {
    id: `${rule.id}/${law.property}`,
    statement: law.statement(rule.id),
    source: law.source,
    expect,
    arbitrary: conditionalGameArbitrary(rule, law.shape).chain((game) => fc.record({ game: fc.constant(game), deviation: deviationArbitrary(game) })),
    codec: gameInputCodec(rule, premise),
    // The grid alone may refute: then the explicit deviation is a field the check does not need.
    *simplify(input) {
      if (input.deviation) yield { game: input.game };
    },
    check({ game, deviation }, ctx) {
      const model = new ConditionalGame(game);
      const honest = game.truth;
      const two = model.predictors === 2;
      const payoff = (s: ConditionalStrategy) => (two ? model.payoff([s, honest], 0) : model.payoff([s]));
      // The honest profile's own tie-breaks stand behind every comparison with it.
      const { result: honestPay, tieBreaks: honestTies } = countTieBreaks(() => payoff(honest));
      const items = function* (): Generator<TermsComparison> {
        for (const s of deviationCandidates(model, deviation)) {
          if (s.every((p, a) => p.every((c, y) => c.equals(honest[a]![y]!)))) continue;
          if (law.relevant && !law.relevant(model, s)) continue;
          const profile = two ? [s, honest] : [s];
          yield {
            diff: honestPay.sub(payoff(s)),
            relation: law.relation,
            label: 'payoff(honest) - payoff(deviation)',
            context: () => ({
              deviation: strategyJson(s),
              honest: strategyJson(honest),
              actionsIfDeviating: model.decision(profile).map(String),
              actionsIfHonest: model.decision(two ? [honest, honest] : [honest]).map(String),
              bestAction: model.bestAction,
              ...(rationalPayoffs(honestPay, payoff(s), game.rule) ?? {}),
            }),
          };
        }
      };
      return decideAll(game.rule, items(), ctx, honestTies);
    },
  };
}

/** Exact payoffs for the witness when the rule is rational-valued here. */
function rationalPayoffs(honest: ScoreTerms, deviating: ScoreTerms, rule: ScoringRule): { honestPayoff: string; deviationPayoff: string } | undefined {
  try {
    const F = RationalField;
    const cache = new Map<string, Rational>();
    return { honestPayoff: honest.exact(rule, cache, F).toString(), deviationPayoff: deviating.exact(rule, cache, F).toString() };
  } catch {
    return undefined;
  }
}


const ALL_DECISIONS: readonly DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'];
const scheme = (s: ScoringScheme) => fc.constant(s);

/** ZS-03: under zero-sum scoring honesty is a (weak) best response to honesty, for every decision rule. */
export function zeroSumHonestEquilibriumClaim(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'zero-sum-honest-equilibrium',
      statement: (r) => `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${r}, any decision rule (argmax, optimistic max, average-then-max, epsilon-greedy, rank-softmax): against an honest opponent no report (grid or off-grid) earns more than honesty, so honest reporting is an equilibrium.`,
      source: 'docs/mathematics.md ZS-03 (Hudson 2025)',
      shape: { actions: [2, 3], outcomes: [2, 3], grid: [1, 3], decisions: ALL_DECISIONS, scheme: scheme({ kind: 'zero-sum' }) },
      decisions: ALL_DECISIONS,
      schemes: ['zero-sum'],
      relation: '>=',
    },
    'holds',
  );
}

/** DEC-01 (FALSE): a strictly proper rule on the chosen action's conditional is incentive-compatible under argmax. */
export function singleAgentArgmaxHonestClaim(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'single-agent-argmax-honest',
      statement: (r) => `One predictor paid S(p(.|a), y) with S = ${r} on the action a = argmax_a EU(p(.|a)) chosen from its reports: honest reporting maximises its expected score.`,
      source: 'docs/mathematics.md DEC-01 (Boeken, Zoeter & Mooij 2025, Ex. 4; Othman & Sandholm 2010)',
      shape: { actions: [2, 2], outcomes: [2, 2], grid: [1, 6], decisions: ['argmax'], scheme: scheme({ kind: 'single' }) },
      decisions: ['argmax'],
      schemes: ['single'],
      relation: '>=',
    },
    'refuted',
  );
}

/** DEC-04 (|Y| >= 3): some misreport steers argmax to a worse action and pays more than honesty. */
export function singleAgentSteeringProofClaim(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'single-agent-steering-proof-3-outcomes',
      statement: (r) => `With three outcomes, one predictor paid ${r} on the chosen action's conditional under argmax of reported expected utility: no misreport that makes the principal take a worse action than its best one pays more than honesty.`,
      source: 'docs/mathematics.md DEC-04, ZS-01',
      shape: { actions: [2, 2], outcomes: [3, 3], grid: [1, 6], decisions: ['argmax'], scheme: scheme({ kind: 'single' }) },
      decisions: ['argmax'],
      schemes: ['single'],
      relation: '>=',
      relevant: (model, s) => {
        const chosen = argmaxLowest(model.decision([s]));
        return model.trueUtility(chosen).lt(model.trueUtility(model.bestAction));
      },
    },
    'refuted',
  );
}

/** DEC-03: full-support decision rule + importance weighting: honesty is the unique optimum. */
export function importanceWeightedHonestUniqueClaim(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'importance-weighted-honest-unique-optimum',
      statement: (r) => `One predictor paid S(p(.|a), y) / pi(a) with S = ${r} under a full-support decision rule pi (epsilon-greedy, rank-softmax): every report other than the truth earns strictly less than honesty.`,
      source: 'docs/mathematics.md DEC-03 (Chen, Kash, Ruberry & Shnayder 2011/2014)',
      shape: { actions: [2, 3], outcomes: [2, 3], grid: [1, 3], decisions: ['epsilon-greedy', 'softmax'], scheme: scheme({ kind: 'importance-weighted' }) },
      decisions: ['epsilon-greedy', 'softmax'],
      schemes: ['importance-weighted'],
      relation: '>',
    },
    'holds',
  );
}

/** DEC-03 (FALSE for deterministic rules): reports on untaken actions are never scored, so honesty is not the unique optimum. */
export function deterministicHonestUniqueClaim(rule: ScoringRule): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: 'deterministic-rule-honest-unique-optimum',
      statement: (r) => `One predictor paid ${r} on the chosen action's conditional under a deterministic decision rule (argmax): every report other than the truth earns strictly less than honesty.`,
      source: 'docs/mathematics.md DEC-03',
      shape: { actions: [2, 2], outcomes: [2, 2], grid: [1, 3], decisions: ['argmax'], scheme: scheme({ kind: 'single' }) },
      decisions: ['argmax'],
      schemes: ['single'],
      relation: '>',
    },
    'refuted',
  );
}

/** ZS-05 (c < 1 family): S(p_i, y) - c S(p_j, y) under optimistic max; honesty is not an equilibrium. */
export function weightedHonestEquilibriumClaim(rule: ScoringRule, c: Rational, tag: string): Claim<GameInput> {
  return deviationClaim(
    rule,
    {
      property: `weighted-${tag}-honest-equilibrium`,
      statement: (r) => `Two predictors paid S(p_i(.|a), y) - ${c} S(p_j(.|a), y) with S = ${r} under optimistic max: against an honest opponent no report earns more than honesty.`,
      source: 'docs/mathematics.md ZS-05 (c < 1 family DERIVED; Hudson 2025: the zero-sum structure is unique)',
      shape: { actions: [2, 2], outcomes: [2, 2], grid: [16, 60], decisions: ['optimistic-max'], scheme: scheme({ kind: 'weighted', c }), utilityRow: [0, 1] },
      decisions: ['optimistic-max'],
      schemes: ['weighted'],
      relation: '>=',
      premise: (game, at) => {
        if (game.scoring.kind !== 'weighted' || !game.scoring.c.equals(c)) throw new SpecError(`${at}.scoring.c`, `this claim is about c = ${c}`);
      },
    },
    'refuted',
  );
}
