import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryPoint, binaryEnclosure, type ReportSet } from '../map/ReportSet.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { type Ext, gtExt, lowerOrMinusInf, upperBound } from './binaryBranchAndBound.ts';
import { type Candidate, binaryCandidates } from './_internals/binaryCandidates.ts';
import { type BinaryPiece, isContinuousPieces } from '../map/binaryPieces.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import { convexityRatio } from './convexityRatio.ts';
import { pruneByValue } from './_internals/pruneByValue.ts';

export interface SignOptimum {
  readonly sets: readonly ReportSet[];
  readonly lower: Rational;
  readonly upper: Rational;
  readonly witness: Rational;
}

/** Precision of the scores behind the value pruning (only a screen of pieces; the answer is bounded at `digits`). */
const PRUNING_DIGITS = 20;

/** Above this many undetermined boxes the sign analysis gives up (e.g. G'' not certified positive). */
const MAX_BOXES = 16;

/**
 * argmax Phi for a continuous piecewise-affine binary map by the signs of Phi' (binaryCandidates,
 * docs/mathematics.md PP-03/PP-05), then by certified values: candidates whose upper bound falls below a
 * certified value elsewhere are dropped. Exact points where the optimum is a kink, a boundary point or
 * an exact root of the first-order condition (PP-11); boxes of the requested width otherwise.
 * Undefined when the analysis does not apply or leaves too many boxes (callers fall back to branch and bound).
 */
export function binarySignOptimum(rule: ScoringRule, spec: MapSpec, pieces: readonly BinaryPiece[], width: Rational, digits: number): SignOptimum | undefined {
  if (!isContinuousPieces(pieces)) return undefined;
  // Strictly proper, hence proper: the monotone bounds of pruneByValue apply, and a map of 10,000 pieces
  // leaves only the few near the best value to the sign analysis.
  const pruning = pruneByValue(rule, pieces, PRUNING_DIGITS);
  const { candidates } = binaryCandidates(pieces, {
    skip: pruning.keep.map((kept) => !kept),
    ratio: convexityRatio(rule),
    digits,
    accept: (a, b) => b.sub(a).le(width),
    minWidth: width,
    maxEvaluations: 2000,
    exactRoots: true,
  });
  if (candidates.length === 0 || candidates.filter((c) => c.kind === 'box').length > MAX_BOXES) return undefined;
  const phi = (x: Rational) => certifiedBounds((F) => objectiveAt(F, rule, spec, binaryReport(x)), digits);
  const lower = (x: Rational): Ext => lowerOrMinusInf(() => phi(x)[0]);
  const upper = (c: Candidate): Ext => (c.kind === 'point' ? lowerOrMinusInf(() => phi(c.x)[1]) : upperBound(rule, spec, c.a, c.b, digits));
  const probe = (c: Candidate) => (c.kind === 'point' ? c.x : c.a.add(c.b).div(Rational.of(2)));
  let best: { x: Rational; v: Ext } = { x: probe(candidates[0]!), v: null };
  for (const c of candidates) {
    const v = lower(probe(c));
    if (gtExt(v, best.v)) best = { x: probe(c), v };
  }
  if (best.v === null) return undefined;
  const kept = candidates.map((c) => ({ c, ub: upper(c) })).filter(({ ub }) => !gtExt(best.v, ub));
  const top = kept.reduce<Ext>((m, { ub }) => (gtExt(ub, m) ? ub : m), null) ?? best.v;
  return {
    sets: kept.map(({ c }) => (c.kind === 'point' ? { kind: 'point', point: binaryPoint(c.x) } : binaryEnclosure(c.a, c.b, 'unknown'))),
    lower: best.v,
    upper: top,
    witness: best.x,
  };
}
