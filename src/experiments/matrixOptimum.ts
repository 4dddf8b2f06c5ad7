import type { Json } from '../core/Json.ts';
import { DomainError } from '../numbers/Field.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { StochasticMatrixSpec } from '../performative/map/MapSpec.ts';
import { type ReportSet, reportSetToJson } from '../performative/map/ReportSet.ts';
import { optimalReports } from '../performative/optimum/optimalReports.ts';
import { type SimplexOptimum, simplexBranchAndBound } from '../performative/optimum/simplexBranchAndBound.ts';
import { isQuadraticAt } from '../scoring/isQuadraticAt.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { OptimumBudget } from './ExperimentSpec.ts';

/**
 * The performatively optimal reports of one stochastic-matrix instance: every maximiser exactly (the
 * KKT over the faces, optimalReports, for a rule with the quadratic trait: concave or not, vertices,
 * ties and continua included), or certified pieces containing every maximiser (simplexBranchAndBound, any
 * other rule), or why there is none (the rule could not be evaluated anywhere).
 */
export type MatrixOptimum =
  | { readonly kind: 'exact'; readonly sets: readonly (readonly (readonly Rational[])[])[]; readonly value: Rational; readonly json: Json }
  | { readonly kind: 'enclosure'; readonly result: SimplexOptimum; readonly json: Json }
  | { readonly kind: 'none'; readonly reason: string };

export function matrixOptimum(rule: ScoringRule, spec: StochasticMatrixSpec, budget: OptimumBudget): MatrixOptimum {
  const n = spec.columns.length;
  if (isQuadraticAt(rule, n)) {
    const o = optimalReports(rule, spec);
    if (o.method === 'exact-kkt' || o.method === 'exact-pieces') {
      const sets = o.sets.map(verticesOf);
      return { kind: 'exact', sets, value: o.value, json: { method: o.method, value: String(o.value), sets: o.sets.map(reportSetToJson) } };
    }
  }
  try {
    const result = simplexBranchAndBound(rule, spec, { maxBoxes: budget.maxBoxes, width: budget.width });
    return {
      kind: 'enclosure',
      result,
      json: {
        method: 'branch-and-bound',
        value: { lower: String(result.lower), upper: String(result.upper) },
        witness: result.witness.map(String),
        pieces: result.pieces.map((p) => ({ kind: p.kind, lo: p.lo.map(String), hi: p.hi.map(String), upper: String(p.upper) })),
        boxes: result.boxes,
        exhausted: result.exhausted,
      },
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { kind: 'none', reason: error.message };
  }
}

function verticesOf(set: ReportSet): Rational[][] {
  if (set.kind === 'point') return [[...set.point]];
  if (set.kind === 'segment') return set.ends.map((e) => [...e]);
  if (set.kind === 'polytope') return set.vertices.map((v) => [...v]);
  throw new Error('an exact optimum came as an enclosure');
}
