import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Json } from '../../core/Json.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { type Ext, gtExt, lowerOrMinusInf, upperBound } from './binaryBranchAndBound.ts';
import { type Candidate, binaryCandidates } from './_internals/binaryCandidates.ts';
import type { BinaryPiece, OpenPiece } from '../map/binaryPieces.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import type { RatioFormula } from './convexityRatio.ts';

/** What every optimal report must satisfy: |f(x) - x| <= inaccuracy and, if given, |x - target| <= distance. */
export interface ReportBounds {
  readonly inaccuracy: Rational;
  readonly distance?: { readonly target: Rational; readonly bound: Rational };
  /** Optional one-sided requirement x >= target (PP-11: S_K pushes reports upward). */
  readonly atLeastTarget?: boolean;
}

export interface DecideOptions {
  readonly ratio: RatioFormula;
  readonly digits?: number;
  readonly maxEvaluations?: number;
  readonly minWidth?: Rational;
}

/**
 * Decides "every maximiser of Phi satisfies the bounds" for a continuous piecewise-affine binary map
 * (docs/mathematics.md PP-05, PP-06, PP-11) without enclosing the maximisers themselves:
 * 1. binaryCandidates keeps only the places where a maximiser may lie (signs of Phi', exact roots), and
 *    stops refining a box as soon as the bounds hold on all of it;
 * 2. candidates that still break a bound are excluded by value: a certified upper bound of Phi on them
 *    below a certified value of Phi elsewhere (the log rule's boundary boxes, where Phi -> -infinity);
 * 3. refuted only when an exact candidate breaks a bound and beats every other candidate (it is then a
 *    maximiser: the maximum is attained and lies among the candidates); otherwise undecided.
 */
export function decideOptimumWithinBound(
  rule: ScoringRule,
  spec: MapSpec,
  pieces: readonly BinaryPiece[],
  bounds: ReportBounds,
  opts: DecideOptions,
): CaseOutcome {
  const digits = opts.digits ?? 24;
  const result = binaryCandidates(pieces, {
    ratio: opts.ratio,
    digits,
    accept: (a, b, piece) => boxWithin(piece, a, b, bounds),
    minWidth: opts.minWidth ?? Rational.of(1n, 1n << 30n),
    maxEvaluations: opts.maxEvaluations ?? 600,
  });
  const { candidates } = result;
  const tier = { tier: 'interval' as const, digits };
  const violating = candidates.filter((c) => !candidateWithin(pieces, c, bounds));
  if (violating.length === 0) return { kind: 'holds', by: tier };

  const lower = (x: Rational): Ext => lowerOrMinusInf(() => certifiedBounds((F) => objectiveAt(F, rule, spec, binaryReport(x)), digits)[0]);
  const upper = (c: Candidate): Ext =>
    c.kind === 'point'
      ? lowerOrMinusInf(() => certifiedBounds((F) => objectiveAt(F, rule, spec, binaryReport(c.x)), digits)[1])
      : upperBound(rule, spec, c.a, c.b, digits);
  const probes = [Rational.of('1/2'), ...candidates.map((c) => (c.kind === 'point' ? c.x : c.a.add(c.b).div(Rational.of(2))))];
  const best = probes.map(lower).reduce<Ext>((m, v) => (gtExt(v, m) ? v : m), null);
  const remaining = violating.filter((c) => !gtExt(best, upper(c)));
  if (remaining.length === 0) return { kind: 'holds', by: tier };

  for (const c of remaining) {
    if (c.kind !== 'point') continue;
    const v = lower(c.x);
    const beatsAll = candidates.every((o) => o === c || gtExt(v, upper(o)));
    if (beatsAll) return { kind: 'refuted', witness: pointWitness(pieces, c.x, bounds, v), by: tier };
  }
  const c = remaining[0]!;
  return {
    kind: 'undecided',
    reason: `a possible maximiser ${c.kind === 'point' ? `at ${c.x}` : `in [${c.a}, ${c.b}]`} breaks the bound and could not be excluded (${result.evaluations} interval evaluations)`,
    witness: c.kind === 'point' ? pointWitness(pieces, c.x, bounds, null) : { box: [String(c.a), String(c.b)] },
  };
}

function mapAt(pieces: readonly BinaryPiece[], x: Rational): Rational {
  for (const p of pieces) {
    if (p.kind === 'point' && p.x.equals(x)) return p.value;
    if (p.kind === 'open' && p.lo.lt(x) && x.lt(p.hi)) return p.intercept.add(p.slope.mul(x));
  }
  throw new Error(`x = ${x} outside [0, 1]`);
}

function pointWithin(fx: Rational, x: Rational, bounds: ReportBounds): boolean {
  if (fx.sub(x).abs().gt(bounds.inaccuracy)) return false;
  if (bounds.distance && x.sub(bounds.distance.target).abs().gt(bounds.distance.bound)) return false;
  return !(bounds.atLeastTarget && bounds.distance && x.lt(bounds.distance.target));
}

/** |f(x) - x| and |x - target| are convex on a piece's box: their worst values are at the ends. */
function boxWithin(piece: OpenPiece, a: Rational, b: Rational, bounds: ReportBounds): boolean {
  const f = (x: Rational) => piece.intercept.add(piece.slope.mul(x));
  return pointWithin(f(a), a, bounds) && pointWithin(f(b), b, bounds);
}

function candidateWithin(pieces: readonly BinaryPiece[], c: Candidate, bounds: ReportBounds): boolean {
  return c.kind === 'point' ? pointWithin(mapAt(pieces, c.x), c.x, bounds) : boxWithin(c.piece, c.a, c.b, bounds);
}

function pointWitness(pieces: readonly BinaryPiece[], x: Rational, bounds: ReportBounds, phiLower: Ext): Json {
  const fx = mapAt(pieces, x);
  return {
    report: String(x),
    mapValue: String(fx),
    inaccuracy: String(fx.sub(x).abs()),
    inaccuracyBound: String(bounds.inaccuracy),
    ...(bounds.distance
      ? { target: String(bounds.distance.target), distance: String(x.sub(bounds.distance.target).abs()), distanceBound: String(bounds.distance.bound) }
      : {}),
    ...(phiLower ? { phiLowerBound: String(phiLower) } : {}),
  };
}
