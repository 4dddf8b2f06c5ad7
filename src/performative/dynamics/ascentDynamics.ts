import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { evaluateBinary } from '../map/evaluateMap.ts';
import { type BinaryPiece, binaryPieces, isContinuousPieces } from '../map/binaryPieces.ts';
import { objectiveSlope } from '../map/objectiveSlope.ts';
import { dualField } from '../../numbers/Dual.ts';
import { scoreSlope } from '../../scoring/scoreSlope.ts';
import { type DynamicsRun, runIteration } from './runIteration.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { binaryScorePolynomials } from '../map/binaryScorePolynomials.ts';

/** Iterates are projected onto [0, 1] by clipping (the projection onto the binary simplex). */
const clip = (x: Rational) => Rational.min(Rational.ONE, Rational.max(Rational.ZERO, x));

/**
 * Stop-gradient gradient ascent, binary (docs/mathematics.md SG-02, SG-04): x <- clip(x + eta G''(x)(f(x) - x)),
 * the derivative of S(p, q) in p at the world q = f(x_t) held fixed, computed exactly with dual
 * numbers (rational rules only). For a rule with the quadratic trait (S = Q + a_y, a_y affine) the
 * stop-gradient direction Q'(x) + sum_y q_y a_y' is affine in x and q, so on a piece of a continuous
 * piecewise-affine f the unclipped update is affine (quadratic rule: slope 1 - 4 eta (1 - s), G'' = 4);
 * clipping is 1-Lipschitz, so a largest |slope| below 1 certifies convergence (SG-04).
 */
export function stopGradientAscent(rule: ScoringRule, spec: MapSpec, eta: Rational, x0: Rational, maxSteps = 64): DynamicsRun {
  const step = ([x]: readonly Rational[]) => {
    const q = evaluateBinary(RationalField, spec, x!);
    return [clip(x!.add(eta.mul(stopGradientSlope(rule, x!, q))))];
  };
  return runIteration(step, [x0], maxSteps, () => (isQuadraticAt(rule, 2) ? affineStepFactor(rule, spec, eta) : undefined));
}

/** d/dp S(p, q) at p = x with the world held at q (binary; SG-02: G''(x)(q - x)), exactly. */
function stopGradientSlope(rule: ScoringRule, x: Rational, q: Rational): Rational {
  return scoreSlope(dualField(RationalField), rule, [x, Rational.ONE.sub(x)], [Rational.ONE, Rational.ONE.neg()], [q, Rational.ONE.sub(q)]);
}

/** Ordinary gradient ascent on Phi (binary): x <- clip(x + eta Phi'(x)), Phi' exact by dual numbers (PP-03). */
export function gradientAscent(rule: ScoringRule, spec: MapSpec, eta: Rational, x0: Rational, maxSteps = 64): DynamicsRun {
  const step = ([x]: readonly Rational[]) => [clip(x!.add(eta.mul(objectiveSlope(RationalField, rule, spec, x!))))];
  return runIteration(step, [x0], maxSteps);
}

/**
 * The largest |slope| of the unclipped update x + eta d/dp S(p, f(x)) over the open pieces, if below 1.
 * Only for rules with the quadratic trait, where the update is affine on each piece: its slope is then
 * exact from the values at the piece's ends (taken on the piece's own line, not at the breakpoints).
 */
function affineStepFactor(rule: ScoringRule, spec: MapSpec, eta: Rational): Rational | undefined {
  const pieces = binaryPieces(spec);
  if (!pieces || !isContinuousPieces(pieces)) return undefined;
  // The step's slope is affine in the piece's slope k (stepSlope), so its largest |value| is at the smallest
  // or the largest k: two pieces decide it, whatever the number of pieces.
  const open = pieces.filter((p): p is BinaryPiece & { kind: 'open' } => p.kind === 'open');
  const steepest = [open.reduce((m, p) => (p.slope.lt(m.slope) ? p : m)), open.reduce((m, p) => (p.slope.gt(m.slope) ? p : m))];
  const factor = steepest.reduce((m, p) => Rational.max(m, stepSlope(rule, p, eta).abs()), Rational.ZERO);
  return factor.lt(Rational.ONE) ? factor : undefined;
}

/**
 * (update(hi) - update(lo)) / (hi - lo) of update(x) = x + eta d/dx [S(x, 1) + q D(x)] with q = m + k x on the
 * piece: with S(x, 1) = a + b x + c x^2 and D = d0 + d1 x (binaryScorePolynomials) the update is affine with
 * slope 1 + eta (2c + k d1), so a map of 10,000 pieces costs no score evaluation per piece.
 */
function stepSlope(rule: ScoringRule, piece: BinaryPiece & { kind: 'open' }, eta: Rational): Rational {
  const { second, difference } = binaryScorePolynomials(rule);
  return Rational.ONE.add(eta.mul(Rational.of(2).mul(second[2]).add(piece.slope.mul(difference[1]))));
}
