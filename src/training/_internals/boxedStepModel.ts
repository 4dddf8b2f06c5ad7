import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { StepModel } from '../StepModel.ts';
import { attempt, gradientStep, stationaryAtTruth } from './ballStep.ts';
import { floorDiv, UNIT } from './fixedBall.ts';
import type { FixedPoint } from './scaledProjection.ts';

/** Half-width of the boxes over which curvature is enclosed once and reused while the iterate's ball stays inside. */
const BOX_HALF_WIDTH = UNIT >> 8n;

/** A curvature bound enclosed over a box of reports [lo, hi] (units 2^-P per coordinate). */
export interface BoxBound {
  readonly lo: readonly bigint[];
  readonly hi: readonly bigint[];
}

/**
 * The step model shared by every smooth rule (local or not): gradient steps in fixed-point balls
 * (ballStep.ts), whose contraction factor comes from a curvature bound enclosed over a box around the
 * ball and reused while the ball stays inside it; the limit certificate is a ball contraction around a
 * truth where the step is stationary. What differs between rules is only how the curvature is bounded
 * over a box (`boundOn`) and what contraction factor a bound gives for step size s (`lipschitz`).
 */
export function boxedStepModel<B extends BoxBound>(
  spec: ConditionalGameSpec,
  floor: Rational,
  kind: StepModel['kind'],
  boundOn: (a: number, lo: readonly bigint[], hi: readonly bigint[]) => B,
  lipschitz: (bound: B, s: Rational) => Rational,
): StepModel {
  const stationary = stationaryAtTruth(spec, floor);
  const boxes: (B | undefined)[] = spec.truth.map(() => undefined);
  return {
    kind,
    step(a, s, c, e) {
      const box = covers(boxes[a], c, e) ? boxes[a] : attempt(() => boundOn(a, c.map((m) => m - e - BOX_HALF_WIDTH), c.map((m) => m + e + BOX_HALF_WIDTH)));
      boxes[a] = box;
      return box ? gradientStep(spec, a, s, c, e, lipschitz(box, s), floor) : undefined;
    },
    contraction(a, s, distance) {
      if (!stationary[a]) return undefined;
      const d = floorDiv(distance.num * UNIT, distance.den) + 1n;
      const qm = spec.truth[a]!.map((x) => floorDiv(x.num * UNIT, x.den));
      const box = attempt(() => boundOn(a, qm.map((m) => m - d - 1n), qm.map((m) => m + d + 1n)));
      const rate = box && lipschitz(box, s);
      return rate && rate.lt(Rational.ONE) ? { kind: 'ball', rate } : undefined;
    },
  };
}

/** Whether the ball of radius e around c lies in the box. */
function covers(box: BoxBound | undefined, c: FixedPoint, e: bigint): boolean {
  return box !== undefined && c.every((m, i) => m - e >= box.lo[i]! && m + e <= box.hi[i]!);
}
