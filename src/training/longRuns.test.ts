import { describe, expect, it } from 'vitest';
import { SpecError } from '../core/SpecError.ts';
import { decodeGameSpec } from '../games/gameSpecCodec.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { hasCertifiedTier, train } from './train.ts';
import { checkTrainingSize, gridPoints } from './trainingLimits.ts';
import type { TrainingOptions, TrainingProgress } from './TrainingRun.ts';

const R = (s: string) => Rational.of(s);
const game = (rule: string, truth: string[][], utility: string[][], decision = 'optimistic-max') =>
  decodeGameSpec({ kind: 'conditional-prediction', outcomes: truth[0]!.length, utility, truth, rule, decision: { kind: decision }, scoring: { kind: 'zero-sum' }, grid: 6, seats: 'shared' }) as ConditionalGameSpec;
/** 3 actions, 3 outcomes; true EUs 1/3, 1/2, 5/6 (no tie at the limit). */
const threeByThree = (rule: string) => game(rule, [['1/3', '1/3', '1/3'], ['1/2', '1/6', '1/3'], ['1/6', '1/2', '1/3']], [['0', '0', '1'], ['0', '1', '1'], ['1', '0', '2']]);
const options: TrainingOptions = { method: 'zero-sum-gradient', exploration: R('1/6'), importanceWeighted: false, steps: 2000, stepSize: R('1/4'), seed: 1, init: 'pessimistic' };

describe('long gradient runs: exact while cheap, then the certified tier (flat memory, progress)', () => {
  it('quadratic, 2,000 steps sampled every 100: 21 records, certified balls, a certified limit, honesty decided', () => {
    const progress: TrainingProgress[] = [];
    const run = train(threeByThree('quadratic'), { ...options, sampleEvery: 100, onProgress: (p) => progress.push(p) });
    expect(run.trajectory.map((s) => s.step)).toEqual(Array.from({ length: 21 }, (_, i) => i * 100));
    expect(run.tier).toMatchObject({ kind: 'certified', model: 'quadratic', bits: 128 });
    expect(run).toMatchObject({ actionTaken: 2, bestAction: 2, steps: 2000, exact: false });
    // The slowest action has weight eps = 1/6: rate 1 - 2 eta w = 1 - 2 (1/4)(1/6) = 11/12.
    expect(run.convergence).toMatchObject({ kind: 'certified-limit', rate: R('11/12') });
    // The exact iterates approach the truth geometrically and never reach it (segment steps): not honest,
    // although the balls (radius about 1e-37) come closer to the truth than the iterates' distance can show.
    expect(run.honest).toBe(false);
    expect(run.finalRadius.every((r) => r.sign() > 0 && r.lt(R('1e-30')))).toBe(true);
    expect(progress.length).toBeGreaterThan(50);
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(progress.at(-1)).toMatchObject({ step: 2000, steps: 2000, tier: 'certified' });
  });

  it('logarithmic: the local step model, and a contraction certificate on a ball around the truth', () => {
    const run = train(threeByThree('logarithmic'), { ...options, steps: 300, sampleEvery: 50 });
    expect(run.tier).toMatchObject({ kind: 'certified', model: 'local' });
    expect(run.convergence.kind).toBe('certified-limit');
    if (run.convergence.kind !== 'certified-limit') return;
    expect(run.convergence.rate.lt(Rational.ONE)).toBe(true);
    expect(run.convergence.limit.map((p) => p.map(String))).toEqual([['1/3', '1/3', '1/3'], ['1/2', '1/6', '1/3'], ['1/6', '1/2', '1/3']]);
    expect(run.actionTaken).toBe(2);
  });

  it('a tie at the limit (two actions with true EU 1/2): the balls cannot order them forever, the run stops undecided', () => {
    const tied = game('quadratic', [['1/3', '1/3', '1/3'], ['1/2', '1/6', '1/3'], ['1/6', '2/3', '1/6']], [['0', '0', '1'], ['0', '1', '1'], ['1', '0', '2']]);
    const run = train(tied, { ...options, steps: 5000, sampleEvery: 500 });
    expect(run.convergence.kind).toBe('undecided');
    expect(run.actionTaken).toBe('undecided');
    if (run.convergence.kind !== 'undecided') return;
    expect(run.steps).toBe(run.convergence.step);
    expect(run.trajectory.at(-1)!.step).toBe(run.convergence.step - 1);
  });

  it('the certificate follows the quadratic trait, not the built-in object: power(2), a trait-less copy proved quadratic, ranked probability', () => {
    // power(2) and a copy of the quadratic rule without declared traits (the trait proved by polynomial
    // evaluation, as for a rule file) have g = 2(q - p): segment contractions, rate 1 - 2 eta w as before.
    const q = ruleById('quadratic').rule;
    const asRuleFile: ScoringRule = { id: 'my-brier', outcomes: q.outcomes, domain: q.domain, score: q.score };
    for (const rule of [ruleById('power(2)').rule, asRuleFile]) {
      const run = train({ ...threeByThree('quadratic'), rule }, { ...options, steps: 200 });
      expect(run.convergence).toMatchObject({ kind: 'certified-limit', rate: R('11/12') });
    }
    // Ranked probability: the tangent Hessian of E_q S is -2 (c1 c1^T + c2 c2^T) (c_k the cumulative
    // indicators (1,0,0), (1,1,0)), whose eigenvalues on tangent vectors are -2 and -2/3 (by hand: the form
    // [[1/2, 1/sqrt 12], [1/sqrt 12, 5/6]] in an orthonormal basis has eigenvalues 1 and 1/3). With w = 1/3,
    // eta = 1/2 (s = 1/6) the step contracts by max |1 - s mu| = 1 - 1/9 = 8/9: a ball contraction, the
    // rate certified by exact semidefiniteness tests to within 2^-24 above it.
    const rps = train(threeByThree('ranked-probability'), { ...options, steps: 400, exploration: R('1/3'), stepSize: R('1/2') });
    expect(rps.tier).toMatchObject({ kind: 'certified', model: 'quadratic' });
    if (rps.convergence.kind !== 'certified-limit') throw new Error(`expected a certificate, got ${rps.convergence.kind}`);
    expect(rps.convergence.rate.ge(R('8/9')) && rps.convergence.rate.le(R('8/9').add(Rational.of(1n, 1n << 23n)))).toBe(true);
  });

  it('spherical (irrational gradients): balls from the first irrational step, with interval Hessians for the contraction', () => {
    const run = train(threeByThree('spherical'), { ...options, steps: 300, sampleEvery: 100 });
    // The pessimistic start is a vertex, where the gradient happens to be rational: the balls take over at step 1.
    expect(run.tier).toMatchObject({ kind: 'certified', model: 'smooth', from: 1 });
    expect(run.convergence.kind).toBe('certified-limit');
    expect(run.actionTaken).toBe(2);
  });

  it('a step model only from traits: none for the zero-one score (it jumps) or a rule file that is not quadratic', () => {
    expect(hasCertifiedTier(threeByThree('zero-one'))).toBe(false);
    const spherical = ruleById('spherical').rule;
    const asRuleFile: ScoringRule = { id: 'my-spherical', outcomes: spherical.outcomes, domain: spherical.domain, score: spherical.score };
    expect(hasCertifiedTier({ ...threeByThree('quadratic'), rule: asRuleFile })).toBe(false);
    for (const id of ['quadratic', 'logarithmic', 'spherical', 'power(3)']) expect(hasCertifiedTier(threeByThree(id))).toBe(true);
  });
});

describe('training sizes are checked before the work (TRAINING_LIMITS)', () => {
  it('steps, the report grid and actions x outcomes, one line each', () => {
    const g = threeByThree('quadratic');
    expect(() => checkTrainingSize(g, 10_000_001)).toThrow(new SpecError('--steps', '10000001 steps exceed the limit of 10000000 (TRAINING_LIMITS)'));
    expect(() => checkTrainingSize({ ...g, grid: 500 }, 10)).toThrow(/^spec\.grid: the report grid of 3 outcomes at denominator 500 has 125751 points, above the limit of 100000/);
    expect(gridPoints(3, 6, false)).toBe(28);
    expect(gridPoints(3, 6, true)).toBe(10);
    expect(() => checkTrainingSize(g, 10)).not.toThrow();
  });
});
