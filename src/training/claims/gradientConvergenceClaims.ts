import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim, Expectation } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import { expectedUtility } from '../../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { runGradient } from '../gradientTrainer.ts';
import type { Reports } from '../objectiveSlopes.ts';
import { reportsArbitrary, sharedGame } from './_internals/trainingArbitraries.ts';
import { requireRange, trainingCodec } from './_internals/trainingCodecs.ts';

export interface TrainingInput {
  readonly game: ConditionalGameSpec;
  readonly start: Reports;
  readonly stepSize: Rational;
  readonly exploration: Rational;
  readonly importanceWeighted: boolean;
}

/** Steps before a case without a certificate is declared undecided (never reached at the generators' parameters). */
const MAX_STEPS = 400;
const HALF = Rational.of('1/2');

/** The true EU of every action; the claims assume a unique best action (docs/mathematics.md §9 "Tie-breaking"). */
const trueUtilities = (g: ConditionalGameSpec) => g.truth.map((q, a) => expectedUtility(q, g.utility[a]!));
function uniqueBest(g: ConditionalGameSpec): boolean {
  const eu = trueUtilities(g);
  const top = eu.reduce((m, x) => Rational.max(m, x));
  return eu.filter((x) => x.equals(top)).length === 1;
}

/**
 * docs/mathematics.md DEC-03, ZS-00: projected gradient ascent on the zero-sum objective with weight sharing
 * (optimistic max, quadratic rule, 0 < eta <= 1/2). What is certified (certifiedLimit.ts): the trainer is run
 * exactly until the principal's ranking is provably constant forever; from then on the weights are constant and
 * the reports converge geometrically to a KNOWN limit (q_a where the weight is positive, the frozen report where
 * it is 0) while the principal takes a known action. The claim compares that limit with honesty on EVERY action
 * and that action with the best one. With exploration every weight is >= eps > 0: the limit is the truth.
 * Without it untaken actions get no gradient and keep whatever they started with (the refuted reading).
 */
function convergenceClaim(rule: ScoringRule, explore: boolean, expect: Expectation): Claim<TrainingInput> {
  const premise = (input: TrainingInput, at: string) => {
    if (input.game.decision.kind !== 'optimistic-max') throw new SpecError(`${at}.game.decision.kind`, 'this claim is about optimistic max');
    if (input.game.seats !== 'shared') throw new SpecError(`${at}.game.seats`, 'this claim is about self-play ("shared")');
    if (!uniqueBest(input.game)) throw new SpecError(`${at}.game.truth`, "the principal's best action must be unique");
    requireRange(input.stepSize, `${at}.stepSize`, Rational.ZERO, HALF, true);
    const k = Rational.of(input.game.truth.length);
    if (explore) requireRange(input.exploration, `${at}.exploration`, Rational.ZERO, Rational.ONE.div(k), true);
    else if (!input.exploration.isZero() || input.importanceWeighted) throw new SpecError(`${at}.exploration`, 'this claim is about training without exploration (0, no importance weighting)');
  };
  return {
    id: `${rule.id}/training-zero-sum-gradient-${explore ? 'with' : 'without'}-exploration-converges-honest-best`,
    statement: explore
      ? `Self-play, optimistic max, S = ${rule.id}: projected gradient ascent on the zero-sum objective with epsilon-exploration (0 < eps <= 1/k, with or without importance weighting) and step size 0 < eta <= 1/2 converges to honest reports on every action, and the principal takes its best action (certified: from some step on the action is provably constant and the reports contract to the truth).`
      : `Self-play, optimistic max, S = ${rule.id}: projected gradient ascent on the zero-sum objective WITHOUT exploration (0 < eta <= 1/2) reaches honest reports on every action and the principal's best action.`,
    source: 'docs/mathematics.md DEC-03 (untaken conditionals get no signal), ZS-00, ZS-02',
    expect,
    arbitrary: sharedGame(rule, ['optimistic-max'], { grid: [1, 4] })
      .filter(uniqueBest)
      .chain((game) =>
        fc.record({
          game: fc.constant(game),
          start: reportsArbitrary(game),
          stepSize: fc.constantFrom('1/2', '1/4', '1/3', '1/5').map((s) => Rational.of(s)),
          exploration: explore ? fc.constantFrom(1, 2).map((m) => Rational.of(1n, BigInt(m * game.truth.length))) : fc.constant(Rational.ZERO),
          importanceWeighted: explore ? fc.boolean() : fc.constant(false),
        }),
      ),
    codec: trainingCodec<TrainingInput>(rule, { start: 'reports', stepSize: 'rational', exploration: 'rational', importanceWeighted: 'boolean' }, premise),
    check(input): CaseOutcome {
      const run = runGradient(input.game, input.start, { objective: 'zero-sum', exploration: input.exploration, importanceWeighted: input.importanceWeighted, steps: MAX_STEPS, stepSize: input.stepSize, untilConverged: true });
      const c = run.convergence;
      if (c.kind !== 'certified-limit') return { kind: 'undecided', reason: `no certificate within ${MAX_STEPS} steps (${c.kind})` };
      const last = run.trajectory[run.trajectory.length - 1]!;
      const eu = trueUtilities(input.game);
      const best = eu.reduce((b, x, a) => (x.gt(eu[b]!) ? a : b), 0);
      // A frozen action's limit is its report, known within limitRadius once the certified tier has taken over.
      const apart = c.limit.map((p, a) => {
        const d2 = Rational.sum(p.map((x, y) => x.sub(input.game.truth[a]![y]!).mul(x.sub(input.game.truth[a]![y]!))));
        return d2.gt(c.limitRadius[a]!.mul(c.limitRadius[a]!));
      });
      const honest = apart.every((x) => !x);
      if (honest && c.limitRadius.some((r) => r.sign() > 0)) return { kind: 'undecided', reason: 'a frozen report is known only within a ball that contains the truth' };
      if (honest && last.actionTaken === best) return { kind: 'holds', by: { tier: 'rational' } };
      return {
        kind: 'refuted',
        by: { tier: 'rational' },
        witness: {
          certifiedAtStep: c.step,
          reportsThen: last.reports.map((p) => p.map(String)),
          limit: c.limit.map((p) => p.map(String)),
          ...(c.limitRadius.some((r) => r.sign() > 0) ? { limitRadius: c.limitRadius.map(String) } : {}),
          truth: input.game.truth.map((p) => p.map(String)),
          actionTakenForever: last.actionTaken,
          bestAction: best,
          contractionRate: c.rate.toString(),
          asserted: 'limit = truth on every action and actionTaken = bestAction',
        },
      };
    },
  };
}

export const convergenceWithoutExplorationClaim = (rule: ScoringRule) => convergenceClaim(rule, false, 'refuted');
export const convergenceWithExplorationClaim = (rule: ScoringRule) => convergenceClaim(rule, true, 'holds');
