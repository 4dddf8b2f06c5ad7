import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGameSpec } from '../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';
import { train } from './train.ts';
import type { TrainingOptions } from './TrainingRun.ts';

const R = (s: string) => Rational.of(s);
const show = (r: Reports) => r.map((p) => p.map(String));

/** The documented example game: U = y, q0 = (3/4, 1/4) (EU 1/4), q1 = (1/2, 1/2) (EU 1/2, best). */
const game = decodeGameSpec(JSON.parse(readFileSync('examples/games/train-exploration.json', 'utf8'))) as ConditionalGameSpec;

const base: TrainingOptions = { method: 'zero-sum-gradient', exploration: Rational.ZERO, importanceWeighted: false, steps: 3, stepSize: R('1/4'), seed: 1, init: 'pessimistic' };

describe('gradient trainers: exact trajectories (two actions, two outcomes, quadratic)', () => {
  it('without exploration the untaken best action is never corrected (DEC-03)', () => {
    // Pessimistic start r0 = r1 = (1, 0): EU 0 both, tie -> action 0 (lowest index), weights (1, 0).
    // The quadratic gradient of S(., q) is 2(q - p), so r0 <- r0 + 2 eta (q0 - r0) = r0 + (1/2)(q0 - r0):
    // (1, 0) -> (7/8, 1/8) -> (13/16, 3/16) -> (25/32, 7/32): the error (1/4, -1/4) halves each step; r1 never moves.
    const run = train(game, base);
    expect(run.trajectory.map((s) => show(s.reports)[0])).toEqual([['1', '0'], ['7/8', '1/8'], ['13/16', '3/16'], ['25/32', '7/32']]);
    expect(run.trajectory.every((s) => show(s.reports)[1]!.join() === '1,0' && s.actionTaken === 0)).toBe(true);
    // Certified at step 1: action 0's EU stays in [1/8, 1/4], above the frozen action 1's 0 forever.
    expect(run.convergence).toMatchObject({ kind: 'certified-limit', step: 1, rate: R('1/2') });
    expect(run.convergence.kind === 'certified-limit' && show(run.convergence.limit)).toEqual([['3/4', '1/4'], ['1', '0']]);
    expect(run).toMatchObject({ actionTaken: 0, bestAction: 1, honest: false });
  });

  it('the stop-gradient trainer follows the same exact trajectory (locally constant action)', () => {
    const zs = train(game, base);
    const sg = train(game, { ...base, method: 'stop-gradient' });
    expect(sg.trajectory.map((s) => show(s.reports))).toEqual(zs.trajectory.map((s) => show(s.reports)));
  });

  it('with exploration 1/4 and eta = 1/2 every action is trained and the principal switches to the best action', () => {
    // pi_eps = 1/4 + (1/2) pi = (3/4, 1/4) while action 0 is taken; the step is r_a <- r_a + w_a (q_a - r_a):
    // step 0: r0 = (1, 0) + (3/4)(-1/4, 1/4) = (13/16, 3/16); r1 = (1, 0) + (1/4)(-1/2, 1/2) = (7/8, 1/8)
    // step 1: EU 3/16 > 1/8, action 0: r0 = (49/64, 15/64), r1 = (25/32, 7/32)
    // step 2: EU 15/64 > 14/64, action 0: r0 = (193/256, 63/256), r1 = (91/128, 37/128)
    // step 3: EU 63/256 < 74/256: action 1, certified: [74/256, 1/2] lies above action 0's [63/256, 64/256].
    const run = train(game, { ...base, exploration: R('1/4'), stepSize: R('1/2') });
    expect(run.trajectory.map((s) => show(s.reports))).toEqual([
      [['1', '0'], ['1', '0']],
      [['13/16', '3/16'], ['7/8', '1/8']],
      [['49/64', '15/64'], ['25/32', '7/32']],
      [['193/256', '63/256'], ['91/128', '37/128']],
    ]);
    expect(run.trajectory.map((s) => s.actionTaken)).toEqual([0, 0, 0, 1]);
    expect(run.trajectory.map((s) => String(s.principalUtility))).toEqual(['1/4', '1/4', '1/4', '1/2']);
    expect(run.convergence.kind === 'certified-limit' && [run.convergence.step, show(run.convergence.limit)]).toEqual([3, [['3/4', '1/4'], ['1/2', '1/2']]]);
  });

  it('importance weighting with eta = 1/2 reaches the truth on every action in one step, then is stationary', () => {
    const run = train(game, { ...base, exploration: R('1/4'), importanceWeighted: true, stepSize: R('1/2'), steps: 5 });
    expect(show(run.trajectory[1]!.reports)).toEqual([['3/4', '1/4'], ['1/2', '1/2']]);
    expect(run).toMatchObject({ honest: true, actionTaken: 1, bestAction: 1 });
  });

  it('log: exact gradients (q_j / p_j projected), iterates stay rational', () => {
    const log = decodeGameSpec({ kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['0', '1']], truth: [['3/4', '1/4'], ['1/2', '1/2']], rule: 'logarithmic', decision: { kind: 'optimistic-max' }, scoring: { kind: 'zero-sum' }, grid: 4 }) as ConditionalGameSpec;
    // At r0 = (1/2, 1/2): grad = (3/2, 1/2) - 1 = (1/2, -1/2); with w = 1 (IW), eta = 1/10: r0 = (11/20, 9/20).
    const run = train(log, { ...base, exploration: R('1/4'), importanceWeighted: true, stepSize: R('1/10'), steps: 1, init: [[R('1/2'), R('1/2')], [R('1/2'), R('1/2')]] });
    expect(show(run.final)[0]).toEqual(['11/20', '9/20']);
    expect(run.exact).toBe(true);
  });
});

describe('random search (weight sharing) and plain search', () => {
  it('zero-sum random search rests (certified) honest on the best action; deterministic given the seed', () => {
    const opts = { ...base, method: 'random-search' as const, steps: 200, seed: 7 };
    const run = train(game, opts);
    expect(run.convergence.kind).toBe('no-accepted-proposal');
    expect(run).toMatchObject({ actionTaken: 1, bestAction: 1, honestOnTaken: true });
    expect(show(train(game, opts).final)).toEqual(show(run.final));
  });

  it('plain score maximisation rests at the more predictable, worse action (DEC-01 steering)', () => {
    // Honest on action 0 scores G(q0) = 9/16 + 1/16 = 5/8 > G(q1) = 1/2: switching to the best action never pays.
    const run = train(game, { ...base, method: 'plain', steps: 200, seed: 7 });
    expect(run.convergence.kind).toBe('no-accepted-proposal');
    expect(run).toMatchObject({ actionTaken: 0, bestAction: 1, honestOnTaken: true });
  });
});
