import { Rational } from '../../numbers/Rational.ts';
import { UnsupportedOptimum } from './UnsupportedOptimum.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { builtinRules } from '../../scoring/rules/builtinRules.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryEnclosure, type ReportSet, setFromVertices, setsFromSpans } from '../map/ReportSet.ts';
import { asStochasticMatrix } from '../fixedPoints/fixedPoints.ts';
import { mapOutcomes } from '../map/mapOutcomes.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { isQuadraticRule } from '../../scoring/withOutcomeShift.ts';
import { binaryBranchAndBound } from './binaryBranchAndBound.ts';
import { binarySignOptimum } from './binarySignOptimum.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import { binaryQuadraticOptimum } from './binaryQuadraticOptimum.ts';
import { maximiseQuadraticForm, quadraticFormOf } from './quadraticFaceKkt.ts';

/**
 * The performatively optimal reports argmax_p Phi(p) (claims.md PP-00, PP-02):
 * - 'exact-kkt' (quadratic rule, stochastic-matrix map, any n) and 'exact-pieces' (quadratic rule,
 *   piecewise-affine binary map): every maximiser, ties and continua included, and max Phi exactly;
 *   `attained` is false when a discontinuous map only lets Phi approach its supremum;
 * - 'certified-signs' (rule with G'' > 0, continuous piecewise-affine binary map): the signs of Phi'
 *   leave exact points (kinks, boundary points, exact roots) and narrow boxes, then certified values
 *   drop the ones that cannot be optimal; certified bounds lower <= max Phi <= upper;
 * - 'branch-and-bound' (any proper rule, any binary map): certified boxes containing every maximiser and
 *   the same certified bounds.
 */
export type OptimalReports =
  | { readonly method: 'exact-kkt' | 'exact-pieces'; readonly sets: readonly ReportSet[]; readonly value: Rational; readonly attained: boolean }
  | {
      readonly method: 'branch-and-bound' | 'certified-signs';
      readonly sets: readonly ReportSet[];
      readonly lower: Rational;
      readonly upper: Rational;
      readonly witness: Rational;
    };

export interface OptimalOptions {
  /** Box width at which branch and bound stops splitting; default 2^-16. */
  readonly width?: Rational;
  readonly digits?: number;
  readonly maxBoxes?: number;
  /**
   * The rule is strictly proper (G'' > 0 is then checked box by box): enables the sign test of Phi'
   * in branch and bound (claims.md PP-03), which needs the Savage form G' = S(., 1) - S(., 0).
   * Default: holds for the registered strictly proper rule objects, not for other rules.
   */
  readonly strictlyProper?: boolean;
}

export function optimalReports(rule: ScoringRule, spec: MapSpec, opts: OptimalOptions = {}): OptimalReports {
  if (isQuadraticRule(rule)) {
    const exact = exactQuadraticOptimum(rule, spec);
    if (exact) return exact;
  }
  if (mapOutcomes(spec) !== 2) {
    throw new UnsupportedOptimum(`optimal reports for rule ${rule.id} on ${mapOutcomes(spec)} outcomes need the quadratic rule (exact KKT); other rules are certified on binary maps only`);
  }
  const width = opts.width ?? Rational.of(1n, 1n << 16n);
  const pieces = binaryPieces(spec);
  const signs = pieces ? binarySignOptimum(rule, spec, pieces, width, opts.digits ?? 30) : undefined;
  if (signs) return { method: 'certified-signs', ...signs };
  const bb = binaryBranchAndBound(rule, spec, {
    width: opts.width ?? Rational.of(1n, 1n << 16n),
    digits: opts.digits ?? 30,
    maxBoxes: opts.maxBoxes ?? 20_000,
    gradient: opts.strictlyProper ?? builtinRules.some((r) => r.rule === rule && r.expect['strictly-proper'] === 'holds'),
  });
  return {
    method: 'branch-and-bound',
    sets: bb.boxes.map(([lo, hi]) => binaryEnclosure(lo, hi, 'unknown')),
    lower: bb.lower,
    upper: bb.upper,
    witness: bb.witness,
  };
}

function exactQuadraticOptimum(rule: ScoringRule, spec: MapSpec): OptimalReports | undefined {
  const matrix = asStochasticMatrix(spec);
  if (matrix) {
    const n = matrix.columns.length;
    const H = quadraticFormOf(n, (p) => objectiveAt(RationalField, rule, matrix, p));
    const { value, sets } = maximiseQuadraticForm(H);
    return { method: 'exact-kkt', sets: sets.map((s) => setFromVertices(s.vertices)), value, attained: true };
  }
  const pieces = binaryPieces(spec);
  if (!pieces) return undefined;
  const { value, spans, attained } = binaryQuadraticOptimum(rule, pieces);
  return { method: 'exact-pieces', sets: setsFromSpans(spans), value, attained };
}
