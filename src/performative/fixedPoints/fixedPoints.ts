import { Rational } from '../../numbers/Rational.ts';
import type { Json } from '../../core/Json.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryEnclosure, type ReportSet, setFromVertices, setsFromSpans } from '../map/ReportSet.ts';
import { binaryPieces, isContinuousPieces } from '../map/binaryPieces.ts';
import { binaryPiecewiseFixedPoints, noFixedPointCertificate } from './_internals/binaryPiecewiseFixedPoints.ts';
import { certifiedFixedPointBrackets } from './_internals/certifiedFixedPointBrackets.ts';
import { SIGN_PRECISION_CAP } from '../../certify/certifiedSign.ts';
import { stochasticMatrixFixedPoints } from './_internals/stochasticMatrixFixedPoints.ts';
import { mapOutcomes } from '../map/mapOutcomes.ts';
import { UnsupportedAnalysis } from '../map/UnsupportedAnalysis.ts';

/**
 * All fixed points of a map (docs/mathematics.md PP-01), as a list of disjoint connected sets:
 * - method 'exact': every set is an exact point, segment or polytope and the list is complete;
 *   an empty list comes with a certificate (only possible for discontinuous maps);
 * - method 'certified-brackets': enclosures whose union contains every fixed point (binary maps with
 *   irrational values, and binary maps given as code).
 * Throws UnsupportedAnalysis for a map given as code on three or more outcomes.
 */
export interface FixedPoints {
  readonly sets: readonly ReportSet[];
  readonly method: 'exact' | 'certified-brackets';
  /** Whether f is continuous (then PP-01 guarantees a fixed point); undefined: not known (a map given as code). */
  readonly continuous: boolean | undefined;
  readonly certificate?: Json;
}

export interface FixedPointOptions {
  /** Bracket width for irrational maps; default 2^-20. */
  readonly width?: Rational;
  /** Interval precision cap in decimal digits. */
  readonly cap?: number;
}

export function fixedPoints(spec: MapSpec, opts: FixedPointOptions = {}): FixedPoints {
  // analyze asks twice (fixed points, and stable reports for a strictly proper rule): computed once per map.
  if (opts.width !== undefined || opts.cap !== undefined) return computeFixedPoints(spec, opts);
  if (!cache.has(spec)) cache.set(spec, computeFixedPoints(spec, opts));
  return cache.get(spec)!;
}

const cache = new WeakMap<MapSpec, FixedPoints>();

function computeFixedPoints(spec: MapSpec, opts: FixedPointOptions): FixedPoints {
  const matrix = asStochasticMatrix(spec);
  if (matrix) return { sets: [setFromVertices(stochasticMatrixFixedPoints(matrix))], method: 'exact', continuous: true };
  const pieces = binaryPieces(spec);
  if (pieces) {
    const sets = setsFromSpans(binaryPiecewiseFixedPoints(pieces));
    const continuous = isContinuousPieces(pieces);
    return sets.length
      ? { sets, method: 'exact', continuous }
      : { sets, method: 'exact', continuous, certificate: noFixedPointCertificate(pieces) };
  }
  if (mapOutcomes(spec) !== 2) {
    throw new UnsupportedAnalysis(`fixed points of a map given as code are certified on two outcomes only (this one has ${mapOutcomes(spec)}); give the map as a stochastic matrix for exact fixed points`);
  }
  const brackets = certifiedFixedPointBrackets(spec, {
    width: opts.width ?? Rational.of(1n, 1n << 20n),
    cap: opts.cap ?? SIGN_PRECISION_CAP,
  });
  return {
    sets: brackets.map((b) =>
      b.lo.equals(b.hi) ? { kind: 'point', point: [b.lo, Rational.ONE.sub(b.lo)] } : binaryEnclosure(b.lo, b.hi, b.contains),
    ),
    method: 'certified-brackets',
    continuous: isContinuousSpec(spec),
  };
}

/** A stochastic-matrix map, or a mixture of them (itself a stochastic matrix), as one matrix. */
export function asStochasticMatrix(spec: MapSpec): { kind: 'stochastic-matrix'; columns: Rational[][] } | undefined {
  if (spec.kind === 'stochastic-matrix') return { kind: spec.kind, columns: spec.columns.map((c) => [...c]) };
  if (spec.kind !== 'mixture') return undefined;
  const parts = spec.components.map(asStochasticMatrix);
  if (parts.some((p) => !p) || (parts[0]?.columns.length ?? 0) < 3) return undefined;
  const columns = parts[0]!.columns.map((col, j) =>
    col.map((_, i) => Rational.sum(parts.map((p, k) => spec.weights[k]!.mul(p!.columns[j]![i]!)))),
  );
  return { kind: 'stochastic-matrix', columns };
}

function isContinuousSpec(spec: MapSpec): boolean | undefined {
  if (spec.kind === 'code') return undefined;
  if (spec.kind === 'step') return false;
  if (spec.kind === 'mixture') {
    const parts = spec.components.map(isContinuousSpec);
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  const pieces = binaryPieces(spec);
  return pieces ? isContinuousPieces(pieces) : true;
}
