import { Rational } from '../../numbers/Rational.ts';
import { type DynamicsRun, runIteration } from './runIteration.ts';

/**
 * Perdomo et al.'s tightness family (docs/mathematics.md PERF-04): loss l(z; theta) = (gamma/2) theta^2 + beta z theta,
 * D(theta) = point mass at eps theta. It is gamma-strongly convex, beta-jointly smooth (beta >= gamma)
 * and eps-sensitive; the risk minimiser against D(theta) is M(theta) = -(eps beta / gamma) theta, so
 * RRM iterates theta_t = rho^t theta_0 with rho = -eps beta / gamma: exact, and classified exactly:
 * |rho| < 1 converges (PERF-03), rho = -1 oscillates (a 2-cycle), |rho| > 1 diverges.
 */
export interface RrmFamily {
  readonly gamma: Rational;
  readonly beta: Rational;
  readonly eps: Rational;
}

export function rrmFactor({ gamma, beta, eps }: RrmFamily): Rational {
  return eps.mul(beta).div(gamma).neg();
}

export function repeatedRiskMinimization(family: RrmFamily, theta0: Rational, maxSteps = 32): DynamicsRun {
  const rho = rrmFactor(family);
  const run = runIteration(([t]) => [rho.mul(t!)], [theta0], maxSteps, () => (rho.abs().lt(Rational.ONE) ? rho.abs() : undefined));
  if (run.outcome.kind === 'undetermined' && rho.abs().gt(Rational.ONE)) return { ...run, outcome: { kind: 'diverges', factor: rho.abs() } };
  return run;
}

/**
 * PERF-05: l(z; theta) = (theta - z)^2 / 2 + lambda theta^2 / 2 with z = a + eps theta deterministic.
 * Stable: theta = argmin_phi l(a + eps theta; phi) = (a + eps theta)/(1 + lambda), so theta_PS = a/(1 + lambda - eps).
 * Optimal: PR(theta) = ((1 - eps) theta - a)^2/2 + lambda theta^2/2, so theta_PO = (1 - eps) a / ((1 - eps)^2 + lambda).
 */
export function perdomoStableAndOptimal(a: Rational, eps: Rational, lambda: Rational): { stable: Rational; optimal: Rational } {
  const one = Rational.ONE;
  return {
    stable: a.div(one.add(lambda).sub(eps)),
    optimal: one.sub(eps).mul(a).div(one.sub(eps).pow(2).add(lambda)),
  };
}
