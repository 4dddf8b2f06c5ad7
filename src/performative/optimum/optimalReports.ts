import { Rational } from '../../numbers/Rational.ts';
import { UnsupportedAnalysis } from '../map/UnsupportedAnalysis.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryEnclosure, binaryPoint, type ReportSet, setFromVertices, setsFromSpans } from '../map/ReportSet.ts';
import { DomainError } from '../../numbers/Field.ts';
import { type SimplexOptimum, simplexBranchAndBound } from './simplexBranchAndBound.ts';
import { asStochasticMatrix } from '../fixedPoints/fixedPoints.ts';
import { mapOutcomes } from '../map/mapOutcomes.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { knownStrictlyProper } from '../../scoring/knownStrictlyProper.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import { binaryBranchAndBound } from './binaryBranchAndBound.ts';
import { binarySignOptimum } from './binarySignOptimum.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import { binaryQuadraticOptimum } from './binaryQuadraticOptimum.ts';
import { type KktMethod, maximiseQuadraticForm, quadraticFormOf } from './quadraticFaceKkt.ts';

/**
 * The performatively optimal reports argmax_p Phi(p) (docs/mathematics.md PP-00, PP-02):
 * - 'exact-kkt' (rule with the quadratic trait, stochastic-matrix map, any n) and 'exact-pieces'
 *   (quadratic trait, piecewise-affine binary map): every maximiser, ties and continua included, and
 *   max Phi exactly; `attained` is false when a discontinuous map only lets Phi approach its supremum;
 * - 'certified-signs' (strictly proper rule, G'' > 0 certified box by box, continuous piecewise-affine
 *   binary map): the signs of Phi' leave exact points (kinks, boundary points, exact roots) and narrow
 *   boxes, then certified values drop the ones that cannot be optimal; certified bounds lower <= max
 *   Phi <= upper. The sign formula Phi' = G''(f - x + f' G'/G'') is the Savage form of a PROPER rule
 *   (PP-03): for an improper rule it is false (linear: it would put the optimum of PP-02's map at 1/8);
 * - 'branch-and-bound' (any rule, any binary map): certified boxes containing every maximiser and the
 *   same certified bounds; the gradient sign test only for a strictly proper rule;
 * - 'simplex-branch-and-bound' (any rule, any map on three or more outcomes without an exact KKT):
 *   certified pieces containing every maximiser (simplexBranchAndBound) and the same certified bounds.
 * Whether the rule is quadratic or strictly proper is read from its traits (or asserted by the caller
 * for a rule without them), never from its name.
 */
export type OptimalReports =
  | {
      readonly method: 'exact-kkt' | 'exact-pieces';
      readonly sets: readonly ReportSet[];
      readonly value: Rational;
      readonly attained: boolean;
      /** exact-kkt only: one active-set walk (Phi concave on the simplex) or the enumeration of concave faces. */
      readonly kkt?: { readonly method: KktMethod; readonly faces: number };
    }
  | {
      readonly method: 'branch-and-bound' | 'certified-signs' | 'simplex-branch-and-bound';
      readonly sets: readonly ReportSet[];
      readonly lower: Rational;
      readonly upper: Rational;
      /** A report where Phi >= lower is certified. */
      readonly witness: readonly Rational[];
      /** simplex-branch-and-bound only: the box budget ran out, so some pieces are wider than asked. */
      readonly exhausted?: boolean;
    };

export interface OptimalOptions {
  /** Box width at which branch and bound stops splitting; default 2^-16. */
  readonly width?: Rational;
  readonly digits?: number;
  readonly maxBoxes?: number;
  /**
   * The caller asserts the rule is strictly proper (e.g. a rule file claims 'strictly-proper'): enables
   * the sign tests of Phi' (docs/mathematics.md PP-03; G'' > 0 is still checked box by box), which need the
   * Savage form G' = S(., 1) - S(., 0). Used only for a rule whose traits do not say; a declared trait
   * (a theorem about the rule object) always wins.
   */
  readonly strictlyProper?: boolean;
}

export function optimalReports(rule: ScoringRule, spec: MapSpec, opts: OptimalOptions = {}): OptimalReports {
  if (isQuadraticAt(rule, mapOutcomes(spec))) {
    const exact = exactQuadraticOptimum(rule, spec);
    if (exact) return exact;
  }
  if (mapOutcomes(spec) !== 2) return simplexOptimum(rule, spec, opts);
  const width = opts.width ?? Rational.of(1n, 1n << 16n);
  const strict = knownStrictlyProper(rule, opts.strictlyProper) === true;
  const pieces = strict ? binaryPieces(spec) : undefined;
  const signs = pieces ? binarySignOptimum(rule, spec, pieces, width, opts.digits ?? 30) : undefined;
  if (signs) return { method: 'certified-signs', ...signs, witness: binaryPoint(signs.witness) };
  const bb = binaryBranchAndBound(rule, spec, {
    width: opts.width ?? Rational.of(1n, 1n << 16n),
    digits: opts.digits ?? 30,
    maxBoxes: opts.maxBoxes ?? 20_000,
    gradient: strict,
    proper: strict || hasTrait(rule, 'proper'),
  });
  return {
    method: 'branch-and-bound',
    sets: bb.boxes.map(([lo, hi]) => binaryEnclosure(lo, hi, 'unknown')),
    lower: bb.lower,
    upper: bb.upper,
    witness: binaryPoint(bb.witness),
  };
}

/**
 * Any rule on three or more outcomes without an exact KKT: certified pieces from the simplex branch and
 * bound (a vertex exactly, a box around a unique critical point, or a hull of unresolved boxes). Its
 * cost grows fast with n (seconds at n = 3, up to a minute at n = 4); `exhausted` says when the budget
 * left pieces wider than asked. No report where Phi can be evaluated: not computed, with the reason.
 */
function simplexOptimum(rule: ScoringRule, spec: MapSpec, opts: OptimalOptions): OptimalReports {
  let result: SimplexOptimum;
  try {
    result = simplexBranchAndBound(rule, spec, { ...(opts.digits ? { digits: opts.digits } : {}), ...(opts.maxBoxes ? { maxBoxes: opts.maxBoxes } : {}) });
  } catch (error) {
    if (error instanceof DomainError) throw new UnsupportedAnalysis(error.message);
    throw error;
  }
  const sets = result.pieces.map((piece): ReportSet =>
    piece.kind === 'point'
      ? { kind: 'point', point: piece.lo }
      : { kind: 'enclosure', box: piece.lo.map((lo, i) => [lo, piece.hi[i]!] as const), contains: 'unknown' },
  );
  return { method: 'simplex-branch-and-bound', sets, lower: result.lower, upper: result.upper, witness: result.witness, exhausted: result.exhausted };
}

function exactQuadraticOptimum(rule: ScoringRule, spec: MapSpec): OptimalReports | undefined {
  const matrix = asStochasticMatrix(spec);
  if (matrix) {
    const n = matrix.columns.length;
    const H = quadraticFormOf(n, (p) => objectiveAt(RationalField, rule, matrix, p));
    const { value, sets, method, faces } = maximiseQuadraticForm(H);
    return { method: 'exact-kkt', sets: sets.map((s) => setFromVertices(s.vertices)), value, attained: true, kkt: { method, faces } };
  }
  const pieces = binaryPieces(spec);
  if (!pieces) return undefined;
  const { value, spans, attained } = binaryQuadraticOptimum(rule, pieces);
  return { method: 'exact-pieces', sets: setsFromSpans(spans), value, attained };
}
