import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { CheckContext, Claim, Expectation } from '../../core/Claim.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import type { DecisionKind } from '../../decisions/DecisionRule.ts';
import { argmaxLowest } from '../../decisions/expectedUtility.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { essentialRowsSync } from '../../solvers/essentialRows.ts';
import { maxRegret } from '../../solvers/maxRegret.ts';
import { solveZeroSumSync } from '../../solvers/solveZeroSum.ts';
import { ConditionalGame } from '../ConditionalGame.ts';
import { conditionalGameArbitrary } from '../conditionalGameArbitrary.ts';
import { discretiseGame } from '../discretiseGame.ts';
import type { ConditionalGameSpec } from '../GameSpec.ts';
import { decideAll, isExactlyZero } from './decideAll.ts';
import { EXHAUSTIVE_LIMIT, strategyJson } from './_internals/deviationCandidates.ts';
import { gameInputCodec, type GameInput } from './_internals/gameInputCodec.ts';

/**
 * Z = the pure strategies that earn exactly 0 against honesty (every other one earns < 0, certified).
 * In the symmetric zero-sum game honesty guarantees 0 (ZS-03), so the value is 0 and every optimal
 * strategy x satisfies x^T A e_h >= 0 with A[i][h] <= 0: its support lies in Z. Hence every equilibrium
 * (a pair of optimal strategies, by the minimax theorem) only plays pairs in Z x Z. Certified comparisons
 * only: this argument also serves irrational rules. Undefined if some strategy is not certified < 0.
 */
function zeroAgainstHonesty(model: ConditionalGame, ctx: CheckContext): { z: number[]; by: CaseOutcome } | undefined {
  const h = model.spec.truth;
  const z: number[] = [];
  let by: CaseOutcome = { kind: 'holds', by: { tier: 'rational' } };
  for (let i = 0; i < model.strategyCount; i++) {
    const diff = model.payoff([model.strategy(i), h], 0);
    if (isExactlyZero(model.spec.rule, diff)) {
      z.push(i);
      continue;
    }
    const outcome = decideAll(model.spec.rule, [{ diff: diff.scale(Rational.ONE.neg()), relation: '>', label: '-payoff(s, honest)', context: () => null }], ctx);
    if (outcome.kind !== 'holds') return undefined;
    if (outcome.by.tier !== 'rational') by = outcome;
  }
  return { z, by };
}

/** The exact essential strategies of the discretised symmetric game (rational-valued rules only). */
function exactEssential(spec: ConditionalGameSpec): { rows: number[]; strategy: Rational[]; regret: Rational } | string {
  try {
    const d = discretiseGame(spec);
    if (!d.row.isSymmetric()) return 'the discretised game is not symmetric';
    const { rows, strategy } = essentialRowsSync(d.row, solveZeroSumSync(d.row));
    return { rows, strategy, regret: maxRegret(d.row, strategy, strategy) };
  } catch (error) {
    if (error instanceof SpecError) return error.reason;
    throw error;
  }
}

function supportJson(model: ConditionalGame, x: readonly Rational[]): Json {
  return x.flatMap((p, i) => (p.sign() > 0 ? [{ probability: p.toString(), reports: strategyJson(model.strategy(i)) }] : []));
}

const premiseFor = (decision: DecisionKind) => (game: ConditionalGameSpec, at: string) => {
  if (game.decision.kind !== decision) throw new SpecError(`${at}.decision.kind`, `this claim is about ${decision}`);
  if (game.scoring.kind !== 'zero-sum') throw new SpecError(`${at}.scoring.kind`, 'this claim is about the zero-sum scheme');
  if (new ConditionalGame(game).strategyCount > EXHAUSTIVE_LIMIT) throw new SpecError(`${at}.grid`, `the game has more than ${EXHAUSTIVE_LIMIT} pure strategies`);
};

const smallZeroSum = (rule: ScoringRule, decision: DecisionKind) =>
  conditionalGameArbitrary(rule, { actions: [2, 2], outcomes: [2, 2], grid: [1, 3], decisions: [decision], scheme: fc.constant({ kind: 'zero-sum' as const }) }).map(
    (game): GameInput => ({ game }),
  );

/**
 * ZS-02 (iv) / ZS-04: "in every equilibrium of the discretised zero-sum game the principal takes its
 * best action a* (unique by premise; ties are vacuous) and both predictors are honest on it".
 * Certified by the Z argument when it suffices; otherwise decided exactly by the essential strategies
 * (one certified LP over the optimal face), and a refutation exhibits an equilibrium (regret exactly 0)
 * that plays a bad pair with positive probability.
 */
export function everyEquilibriumSelectsBestClaim(rule: ScoringRule, decision: 'optimistic-max' | 'average-max' | 'random-max', expect: Expectation): Claim<GameInput> {
  const name = decision;
  return {
    id: `${rule.id}/${name}-selects-best-action`,
    statement: `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${rule.id}, decision rule ${decision}, reports on a rational grid containing the truth, unique best action a*: in every equilibrium the principal takes a* (with probability 1) and both predictors report the truth on it.`,
    source: {
      'optimistic-max': 'docs/mathematics.md ZS-02 (iv) (Hudson 2025)',
      'average-max': 'docs/mathematics.md ZS-04 (average-then-max: a bad equilibrium exists)',
      'random-max': 'docs/mathematics.md ZS-07 (random-max as defined there; the argument of ZS-02 (iv) with each predictor\'s own pick)',
    }[decision],
    expect,
    arbitrary: smallZeroSum(rule, decision),
    codec: gameInputCodec(rule, premiseFor(decision)),
    check({ game }, ctx) {
      const model = new ConditionalGame(game);
      const star = model.bestAction;
      const eu = game.truth.map((_, a) => model.trueUtility(a));
      if (eu.some((u, a) => a !== star && u.equals(eu[star]!))) return { kind: 'holds', by: { tier: 'rational' } }; // premise: unique a*
      const good = (i: number, j: number) => {
        const p = [model.strategy(i), model.strategy(j)];
        const pi = model.decision(p);
        return pi[star]!.equals(Rational.ONE) && p.every((s) => model.honestOnTaken(s, [star]));
      };
      const zArg = zeroAgainstHonesty(model, ctx);
      if (zArg && zArg.z.every((i) => zArg.z.every((j) => good(i, j)))) return zArg.by;
      const exact = exactEssential(game);
      if (typeof exact === 'string') return { kind: 'undecided', reason: `Z argument inconclusive and no exact LP: ${exact}` };
      if (!exact.regret.isZero()) throw new Error('essential-support strategy is not an equilibrium (a bug)');
      for (const i of exact.rows) {
        for (const j of exact.rows) {
          if (good(i, j)) continue;
          const p = [model.strategy(i), model.strategy(j)];
          return {
            kind: 'refuted',
            by: { tier: 'rational' },
            witness: {
              equilibrium: supportJson(model, exact.strategy),
              equilibriumRegret: exact.regret.toString(),
              badPair: p.map(strategyJson),
              actionDistribution: model.decision(p).map(String),
              actionTaken: argmaxLowest(model.decision(p)),
              bestAction: star,
              truth: strategyJson(game.truth),
            },
          };
        }
      }
      return { kind: 'holds', by: { tier: 'rational' } };
    },
  };
}

/** "The equilibrium reports are unique" (FALSE): reports on never-chosen actions are free (ZS-02 (iii)). */
export function equilibriumReportsUniqueClaim(rule: ScoringRule): Claim<GameInput> {
  return {
    id: `${rule.id}/game-equilibrium-reports-unique`,
    statement: `Two predictors paid S(p_i(.|a), y) - S(p_j(.|a), y) with S = ${rule.id} under optimistic max, reports on a rational grid: the symmetric zero-sum game has a unique optimal strategy (so every equilibrium has the same reports, the honest ones).`,
    source: 'docs/mathematics.md ZS-02 (iii): pessimistic misreports on unchosen actions are only weakly dominated',
    expect: 'refuted',
    arbitrary: smallZeroSum(rule, 'optimistic-max'),
    codec: gameInputCodec(rule, premiseFor('optimistic-max')),
    check({ game }, ctx): CaseOutcome {
      const model = new ConditionalGame(game);
      const zArg = zeroAgainstHonesty(model, ctx);
      if (zArg && zArg.z.length === 1) return zArg.by;
      // A second pure optimal strategy s: payoff(s, t) >= 0 against every pure t, so (s, s) is an equilibrium.
      for (const i of zArg?.z ?? []) {
        if (i === model.honest) continue;
        const s = model.strategy(i);
        const row = Array.from({ length: model.strategyCount }, (_, j) => ({
          diff: model.payoff([s, model.strategy(j)], 0),
          relation: '>=' as const,
          label: 'payoff(s, t)',
          context: () => ({ against: strategyJson(model.strategy(j)) }),
        }));
        // No float screening here: this 'holds' becomes a refutation, so it must be certified.
        const outcome = decideAll(game.rule, row, { ...ctx, screening: false });
        if (outcome.kind === 'holds') {
          return {
            kind: 'refuted',
            by: outcome.by,
            witness: { secondEquilibrium: strategyJson(s), honest: strategyJson(game.truth), reason: 'payoff(s, t) >= 0 = value against every pure t, so (s, s) is an equilibrium with reports other than the honest ones' },
          };
        }
      }
      const exact = exactEssential(game);
      if (typeof exact === 'string') return { kind: 'undecided', reason: `no pure second equilibrium and no exact LP: ${exact}` };
      if (exact.rows.length === 1) return { kind: 'holds', by: { tier: 'rational' } };
      return { kind: 'refuted', by: { tier: 'rational' }, witness: { equilibrium: supportJson(model, exact.strategy), equilibriumRegret: exact.regret.toString(), essentialStrategies: exact.rows.length } };
    },
  };
}
