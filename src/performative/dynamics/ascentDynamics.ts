import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { evaluateBinary } from '../map/evaluateMap.ts';
import { binaryPieces, isContinuousPieces } from '../map/binaryPieces.ts';
import { objectiveSlope } from '../map/objectiveSlope.ts';
import { dualField } from '../../numbers/Dual.ts';
import { scoreSlope } from '../../scoring/scoreSlope.ts';
import { type DynamicsRun, runIteration } from './runIteration.ts';
import { isQuadraticRule } from '../../scoring/withOutcomeShift.ts';

/** Iterates are projected onto [0, 1] by clipping (the projection onto the binary simplex). */
const clip = (x: Rational) => Rational.min(Rational.ONE, Rational.max(Rational.ZERO, x));

/**
 * Stop-gradient gradient ascent, binary (claims.md SG-02, SG-04): x <- clip(x + eta G''(x)(f(x) - x)),
 * the derivative of S(p, q) in p at the world q = f(x_t) held fixed, computed exactly with dual
 * numbers (rational rules only). For the quadratic rule (G'' = 4) and a continuous piecewise-affine f
 * the update has slope 1 - 4 eta (1 - s) on a piece of slope s, and clipping is 1-Lipschitz, so
 * max |1 - 4 eta (1 - s)| < 1 certifies convergence (SG-04).
 */
export function stopGradientAscent(rule: ScoringRule, spec: MapSpec, eta: Rational, x0: Rational, maxSteps = 64): DynamicsRun {
  const step = ([x]: readonly Rational[]) => {
    const q = evaluateBinary(RationalField, spec, x!);
    const slope = scoreSlope(dualField(RationalField), rule, [x!, Rational.ONE.sub(x!)], [Rational.ONE, Rational.ONE.neg()], [q, Rational.ONE.sub(q)]);
    return [clip(x!.add(eta.mul(slope)))];
  };
  return runIteration(step, [x0], maxSteps, () => (isQuadraticRule(rule) ? quadraticAscentFactor(spec, eta) : undefined));
}

/** Ordinary gradient ascent on Phi (binary): x <- clip(x + eta Phi'(x)), Phi' exact by dual numbers (PP-03). */
export function gradientAscent(rule: ScoringRule, spec: MapSpec, eta: Rational, x0: Rational, maxSteps = 64): DynamicsRun {
  const step = ([x]: readonly Rational[]) => [clip(x!.add(eta.mul(objectiveSlope(RationalField, rule, spec, x!))))];
  return runIteration(step, [x0], maxSteps);
}

function quadraticAscentFactor(spec: MapSpec, eta: Rational): Rational | undefined {
  const pieces = binaryPieces(spec);
  if (!pieces || !isContinuousPieces(pieces)) return undefined;
  const four = Rational.of(4);
  const factor = pieces.reduce(
    (m, p) => (p.kind === 'open' ? Rational.max(m, Rational.ONE.sub(four.mul(eta).mul(Rational.ONE.sub(p.slope))).abs()) : m),
    Rational.ZERO,
  );
  return factor.lt(Rational.ONE) ? factor : undefined;
}
