import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim, CheckContext, Expectation } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { expectedUtility } from '../../decisions/expectedUtility.ts';
import { conditionalGameArbitrary } from '../../games/conditionalGameArbitrary.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { reportGrid } from '../../simplex/reportGrid.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { Reports } from '../objectiveSlopes.ts';
import { actionTaken, principalPolicy } from '../principalPolicy.ts';
import { ProposalJudge, type SearchObjective } from '../proposalJudge.ts';
import { sharedGame } from './_internals/trainingArbitraries.ts';
import { trainingCodec } from './_internals/trainingCodecs.ts';

export interface SearchInput {
  readonly game: ConditionalGameSpec;
}

/** Largest number of grid strategies enumerated per case (every one is checked). */
const MAX_POINTS = 216;
const points = (g: ConditionalGameSpec) => reportGrid(g.outcomes, g.grid, g.rule.domain === 'interior').length ** g.truth.length;

/**
 * docs/mathematics.md ZS-02 (iv), DEC-01: EVERY point of the report grid at which random search accepts no
 * proposal of the proposal grid (ProposalJudge: all k(|grid| - 1) single-action moves decided, certified) takes
 * an action of maximal true expected utility and is honest on it. The check enumerates all |grid|^k points of
 * the game, so a verdict covers every resting point of the search in that game, not a sampled one.
 * - zero-sum (weight sharing, optimistic max): holds. Proof idea: at a dishonest or wrong resting point, moving
 *   the chosen action's report (or the best action's) to the truth keeps (or flips to) that action under
 *   optimistic max and gains S(q, q) - S(r, q) > 0 against the current copy.
 * - plain score maximisation (one predictor, argmax): refuted, the steering of DEC-01 is a resting point.
 */
function noAcceptClaim(rule: ScoringRule, objective: SearchObjective, expect: Expectation): Claim<SearchInput> {
  const zeroSum = objective === 'zero-sum';
  const premise = ({ game }: SearchInput, at: string) => {
    const want = zeroSum ? 'optimistic-max' : 'argmax';
    if (game.decision.kind !== want) throw new SpecError(`${at}.game.decision.kind`, `this claim is about ${want}`);
    if (zeroSum ? game.seats !== 'shared' : game.scoring.kind !== 'single') throw new SpecError(`${at}.game`, zeroSum ? 'needs "seats": "shared"' : 'needs the single scheme');
    if (points(game) > MAX_POINTS) throw new SpecError(`${at}.game.grid`, `at most ${MAX_POINTS} grid strategies are enumerated, this game has ${points(game)}`);
  };
  const games = zeroSum
    ? sharedGame(rule, ['optimistic-max'], { grid: [1, 3] })
    : conditionalGameArbitrary(rule, { actions: [2, 3], outcomes: [2, 3], grid: [1, 3], decisions: ['argmax'], scheme: fc.constant({ kind: 'single' }) });
  return {
    id: `${rule.id}/training-${zeroSum ? 'random-search' : 'plain-search'}-resting-points-honest-best`,
    statement: `${zeroSum ? 'Random search with weight sharing on the zero-sum payoff (a proposal is accepted when it beats the current copy), optimistic max' : 'Random search on the plain expected score of one predictor (a proposal is accepted when it scores more), argmax'}, S = ${rule.id}, proposals: one action's report moved to any point of the report grid. Every point at which no proposal is accepted takes an action of maximal true expected utility and is honest on it.`,
    source: zeroSum ? 'docs/mathematics.md ZS-02 (iv), ZS-03' : 'docs/mathematics.md DEC-01 (Boeken, Zoeter & Mooij 2025, Ex. 4)',
    expect,
    arbitrary: games.filter((g) => points(g) <= MAX_POINTS).map((game) => ({ game })),
    codec: trainingCodec<SearchInput>(rule, {}, premise),
    check: ({ game }, ctx) => checkRestingPoints(game, objective, ctx),
  };
}

function checkRestingPoints(game: ConditionalGameSpec, objective: SearchObjective, ctx: CheckContext): CaseOutcome {
  const judge = new ProposalJudge(game, objective, ctx);
  const eu = game.truth.map((q, a) => expectedUtility(q, game.utility[a]!));
  const top = eu.reduce((m, x) => Rational.max(m, x));
  const size = judge.grid.length;
  let undecided = 0;
  for (let index = 0; index < size ** game.truth.length; index++) {
    const r: Reports = game.truth.map((_, a) => judge.grid[Math.floor(index / size ** (game.truth.length - 1 - a)) % size]!);
    const verdict = judge.firstAccepted(r);
    if (verdict === 'undecided') undecided += 1;
    if (verdict !== 'none') continue;
    const a = actionTaken(principalPolicy(game, r));
    const honest = r[a]!.every((c, y) => c.equals(game.truth[a]![y]!));
    if (honest && eu[a]!.equals(top)) continue;
    return {
      kind: 'refuted',
      by: judge.certificate,
      witness: {
        restingPoint: r.map((p) => p.map(String)),
        proposalsChecked: judge.proposalCount(),
        actionTaken: a,
        trueUtilityTaken: eu[a]!.toString(),
        bestTrueUtility: top.toString(),
        honestOnTaken: honest,
        asserted: 'no proposal accepted => action of maximal true EU, honest on it',
      },
    };
  }
  if (undecided > 0) return { kind: 'undecided', reason: `${undecided} grid points with a proposal not decided at the precision cap` };
  return { kind: 'holds', by: judge.certificate };
}

export const zeroSumRestingPointsClaim = (rule: ScoringRule) => noAcceptClaim(rule, 'zero-sum', 'holds');
export const plainRestingPointsClaim = (rule: ScoringRule) => noAcceptClaim(rule, 'plain', 'refuted');
