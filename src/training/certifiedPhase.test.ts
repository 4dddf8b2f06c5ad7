import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_KINDS } from '../decisions/DecisionRule.ts';
import { conditionalGameArbitrary } from '../games/conditionalGameArbitrary.ts';
import { decodeGameSpec } from '../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { reportGrid } from '../simplex/reportGrid.ts';
import { type GradientRunOptions, runGradient } from './gradientTrainer.ts';
import type { Reports } from './objectiveSlopes.ts';
import type { TrainingStep } from './TrainingRun.ts';

const R = (s: string) => Rational.of(s);
const show = (r: Reports) => r.map((p) => p.map(String));

/** How many compared runs stopped undecided, and in how many the balls had a positive radius (not vacuous). */
const tally = { runs: 0, undecided: 0, rounded: 0 };

/** |exact - centre|_2 <= radius, exactly (squared). */
function inside(exact: readonly Rational[], centre: readonly Rational[], radius: Rational): boolean {
  const d2 = Rational.sum(exact.map((x, y) => x.sub(centre[y]!).mul(x.sub(centre[y]!))));
  return d2.le(radius.mul(radius));
}

/** The certified run (fixed-point tier from step 0) against the exact run, step by step. */
function compare(spec: ConditionalGameSpec, start: Reports, opts: GradientRunOptions): { exact: TrainingStep[]; certified: TrainingStep[] } {
  const exact = runGradient(spec, start, { ...opts, exactBits: Number.POSITIVE_INFINITY });
  const certified = runGradient(spec, start, { ...opts, exactBits: 0 });
  expect(certified.tier.kind).toBe('certified');
  tally.runs += 1;
  if (certified.convergence.kind === 'undecided') tally.undecided += 1;
  if (certified.trajectory.some((s) => s.radius.some((r) => r.sign() > 0))) tally.rounded += 1;
  // An exact run that became stationary stays where it is (the tier cannot see exact stationarity, and steps on).
  const last = exact.trajectory[exact.trajectory.length - 1]!;
  for (const step of certified.trajectory) {
    const twin = exact.trajectory.find((s) => s.step === step.step) ?? last;
    expect(step.actionTaken, `action at step ${step.step}`).toBe(twin.actionTaken);
    step.reports.forEach((p, a) => expect(inside(twin.reports[a]!, p, step.radius[a]!), `ball of action ${a} at step ${step.step}`).toBe(true));
  }
  return { exact: exact.trajectory, certified: certified.trajectory };
}

/** The documented example game (the hand-computed trajectories of train.test.ts). */
const game = decodeGameSpec(JSON.parse(readFileSync('examples/games/train-exploration.json', 'utf8'))) as ConditionalGameSpec;
const pessimistic = [[R('1'), R('0')], [R('1'), R('0')]];
const base: GradientRunOptions = { objective: 'zero-sum', exploration: R('1/4'), importanceWeighted: false, steps: 3, stepSize: R('1/2'), untilConverged: false };

describe('the certified fixed-point tier holds the exact iterates (docs/design.md §2: balls, decided with the bound)', () => {
  it('train.test.ts by hand: (13/16, 3/16), (49/64, 15/64), (193/256, 63/256) for action 0, the switch to action 1 at step 3', () => {
    const { certified } = compare(game, pessimistic, base);
    // These dyadic iterates are exact in the tier: the balls have radius 0 and the centres are the values by hand.
    expect(certified.map((s) => show(s.reports)[0])).toEqual([['1', '0'], ['13/16', '3/16'], ['49/64', '15/64'], ['193/256', '63/256']]);
    expect(certified.map((s) => s.actionTaken)).toEqual([0, 0, 0, 1]);
    expect(certified.every((s) => s.radius.every((r) => r.isZero()))).toBe(true);
  });

  it('non-dyadic steps (eta = 1/3): balls of positive radius hold the exact iterates and the same actions', () => {
    const { certified } = compare(game, pessimistic, { ...base, stepSize: R('1/3'), steps: 40 });
    expect(certified.some((s) => s.radius.some((r) => r.sign() > 0))).toBe(true);
  });

  it('an action that never moves keeps its exact report (radius 0) in the tier, also when it is not dyadic', () => {
    // No exploration: action 0's EU stays in [1/4, 3/4], above action 1's 1/6, so action 1 is never taken, gets
    // no gradient and stays at (5/6, 1/6), which the grid 2^-128 cannot hold.
    const start = [[R('1/4'), R('3/4')], [R('5/6'), R('1/6')]];
    const run = runGradient(game, start, { ...base, exploration: Rational.ZERO, stepSize: R('1/3'), steps: 30, exactBits: 0 });
    expect(run.tier.kind).toBe('certified');
    expect([show(run.final)[1], String(run.finalRadius[1])]).toEqual([['5/6', '1/6'], '0']);
    expect(run.finalRadius[0]!.sign()).toBe(1);
    if (run.convergence.kind !== 'certified-limit') throw new Error('expected a certificate');
    expect([show(run.convergence.limit), run.convergence.limitRadius.map(String)]).toEqual([[['3/4', '1/4'], ['5/6', '1/6']], ['0', '0']]);
  });

  it('the limit certificate holds in the tier: the same limit and rate as exactly', () => {
    const exact = runGradient(game, pessimistic, { ...base, stepSize: R('1/3'), steps: 40, exactBits: Number.POSITIVE_INFINITY });
    const tier = runGradient(game, pessimistic, { ...base, stepSize: R('1/3'), steps: 40, exactBits: 0 });
    expect(tier.convergence.kind).toBe('certified-limit');
    if (tier.convergence.kind !== 'certified-limit' || exact.convergence.kind !== 'certified-limit') throw new Error('expected certificates');
    expect([show(tier.convergence.limit), String(tier.convergence.rate)]).toEqual([show(exact.convergence.limit), String(exact.convergence.rate)]);
  });

  it.each(['quadratic', 'logarithmic', 'ranked-probability', 'power(2)', 'power(3)'])('%s, random games: every ball holds the exact iterate, every action is the exact one', (id) => {
    const rule = ruleById(id).rule;
    const quadratic = rule.traits?.quadratic === true;
    const games = conditionalGameArbitrary(rule, { actions: [2, 3], outcomes: [2, 3], grid: [1, 4], decisions: DECISION_KINDS, scheme: fc.constant({ kind: 'zero-sum' as const }) });
    Object.assign(tally, { runs: 0, undecided: 0, rounded: 0 });
    const runs = games.chain((g) =>
      fc.record({
        game: fc.constant({ ...g, seats: 'shared' as const }),
        start: fc.array(fc.nat(), { minLength: g.truth.length, maxLength: g.truth.length }),
        eta: fc.constantFrom('1/3', '1/5', '1/7', '2/9'),
        eps: fc.constantFrom(0, 1, 2),
        objective: fc.constantFrom('zero-sum' as const, 'stop-gradient' as const),
      }),
    );
    fc.assert(
      fc.property(runs, ({ game: g, start, eta, eps, objective }) => {
        const points = reportGrid(g.outcomes, 2 * g.grid, rule.domain === 'interior');
        const reports = start.map((i) => points[i % points.length]!);
        const exploration = eps === 0 ? Rational.ZERO : Rational.of(1n, BigInt(eps * g.truth.length));
        // Iterates of non-quadratic rules outgrow the exact tier quickly (log: every step multiplies denominators
        // by the reports' numerators; power(3): squares them), so the exact reference runs only a few steps.
        const steps = quadratic ? 25 : 4;
        compare(g, reports, { objective, exploration, importanceWeighted: false, steps, stepSize: R(eta), untilConverged: false });
      }),
      { numRuns: quadratic ? 30 : 12, seed: 13 },
    );
    // Ties in the exact run (a knife-edge the balls cannot see through) are rare; most runs go all the way.
    expect(tally.undecided).toBeLessThan(tally.runs / 5);
    expect(tally.rounded).toBeGreaterThan(tally.runs / 2);
  });
});
