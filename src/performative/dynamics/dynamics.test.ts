import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { rankedProbabilityRule } from '../../scoring/rules/rankedProbability.ts';
import { withoutTraits } from '../../scoring/rules/ruleTestKit.ts';
import { stopGradientAscent, gradientAscent } from './ascentDynamics.ts';
import { bestResponseDynamics } from './bestResponseDynamics.ts';
import { perdomoStableAndOptimal, repeatedRiskMinimization } from './repeatedRiskMinimization.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';

const r = (s: string) => Rational.of(s);
const xs = (run: { iterates: readonly (readonly Rational[])[] }) => run.iterates.map((p) => String(p[0]));

describe('dynamics (docs/mathematics.md SG-03, SG-04, PERF-03..05)', () => {
  it('SG-03: best response on clip(3/2 - 2p, 0, 1) from 3/5 cycles 3/5, 3/10, 9/10, 0, 1, 0, 1, ...', () => {
    const run = bestResponseDynamics(exampleMaps.sg03, [r('3/5'), r('2/5')]);
    expect(xs(run)).toEqual(['3/5', '3/10', '9/10', '0', '1']);
    expect(run.outcome).toMatchObject({ kind: 'cycle', start: 3, period: 2 });
  });

  it('SG-03: best response for a contraction converges (certified factor 1/4)', () => {
    const run = bestResponseDynamics(exampleMaps.pp02, [r('0'), r('1')], 20);
    expect(run.outcome).toEqual({ kind: 'contraction', factor: r('1/4') });
  });

  it('PP-14 (L = 10): best response from 1/5 falls into the 2-cycle 1, 0', () => {
    const run = bestResponseDynamics(exampleMaps.pp14, [r('1/5'), r('4/5')]);
    expect(xs(run)).toEqual(['1/5', '1', '0']);
    expect(run.outcome).toMatchObject({ kind: 'cycle', period: 2 });
  });

  it('SG-04: stop-gradient ascent, alpha = -2, eta = 1/20: 3/5, 27/50, 129/250, 633/1250, converging', () => {
    const run = stopGradientAscent(quadraticRule, linearMap('1/2', '-2'), r('1/20'), r('3/5'), 6);
    expect(xs(run).slice(0, 4)).toEqual(['3/5', '27/50', '129/250', '633/1250']);
    // certified globally: the clipped pieces (slope 0) contract by 4/5, the linear piece by 2/5 (error x 2/5)
    expect(run.outcome).toEqual({ kind: 'contraction', factor: r('4/5') });
    const errors = run.iterates.slice(0, 4).map(([x]) => x!.sub(r('1/2')));
    errors.slice(1).forEach((e, t) => expect(String(e.div(errors[t]!))).toBe('2/5'));
  });

  it('SG-04: with a large step (eta (1 - alpha) >= 1/2) no contraction is certified', () => {
    const run = stopGradientAscent(quadraticRule, linearMap('1/2', '-2'), r('1/5'), r('3/5'), 10);
    expect(run.outcome.kind).not.toBe('contraction');
  });

  it('ordinary gradient ascent on Phi heads for the performative optimum (PP-02: 1/8), not the fixed point', () => {
    // Phi'(p) = -2p + 1/4, eta = 1/4: x <- x/2 + 1/16, exact iterates toward 1/8
    const run = gradientAscent(quadraticRule, exampleMaps.pp02, r('1/4'), r('1/4'), 3);
    expect(xs(run)).toEqual(['1/4', '3/16', '5/32', '9/64']);
  });

  it('ordinary gradient ascent reaching the optimum exactly in one step', () => {
    const run = gradientAscent(quadraticRule, exampleMaps.pp02, r('1/2'), r('1/4'), 5);
    expect(run.outcome).toMatchObject({ kind: 'fixed-point', point: [r('1/8')] });
  });

  it('PERF-04: theta_t = (-2 eps)^t theta_0: converges at eps = 1/4, oscillates at 1/2, diverges at 1', () => {
    const family = (eps: string) => ({ gamma: r('1'), beta: r('2'), eps: r(eps) });
    expect(repeatedRiskMinimization(family('1/4'), r('1'), 8).outcome).toEqual({ kind: 'contraction', factor: r('1/2') });
    expect(repeatedRiskMinimization(family('1/2'), r('1')).outcome).toMatchObject({ kind: 'cycle', period: 2 });
    expect(repeatedRiskMinimization(family('1'), r('1'), 8).outcome).toEqual({ kind: 'diverges', factor: r('2') });
  });

  it('PERF-05: a = 1, eps = 1/2, lambda = 1: stable 2/3, optimal 2/5', () => {
    const { stable, optimal } = perdomoStableAndOptimal(r('1'), r('1/2'), r('1'));
    expect([String(stable), String(optimal)]).toEqual(['2/3', '2/5']);
  });
});

describe('stop-gradient contraction certificate: only for rules with the quadratic trait', () => {
  it('the same iterates without the trait, but no certificate (the update is not known to be affine on pieces)', () => {
    const bare = stopGradientAscent(withoutTraits(quadraticRule), linearMap('1/2', '-2'), r('1/20'), r('3/5'), 6);
    expect(xs(bare)).toEqual(xs(stopGradientAscent(quadraticRule, linearMap('1/2', '-2'), r('1/20'), r('3/5'), 6)));
    expect(bare.outcome.kind).toBe('undetermined');
  });

  it('the factor is the slope of the update itself, not the Brier curvature: binary RPS = (quadratic - 1)/2 has curvature 2', () => {
    // slope 1 - 2 eta (1 - s) on each piece: eta = 1/20, s = -2 on the middle piece (7/10), 0 on the clipped ones (9/10).
    const run = stopGradientAscent(rankedProbabilityRule, linearMap('1/2', '-2'), r('1/20'), r('3/5'), 6);
    expect(run.outcome).toEqual({ kind: 'contraction', factor: r('9/10') });
  });
});
