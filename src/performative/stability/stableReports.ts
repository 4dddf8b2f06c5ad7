import { hasTrait } from '../../scoring/RuleTraits.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { type ReportSet, setsFromSpans } from '../map/ReportSet.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { binaryPieces } from '../map/binaryPieces.ts';
import { zeroOneStableSpans } from './_internals/zeroOneStableSpans.ts';

/**
 * Performatively stable reports p in argmax_{p'} S(p', f(p)) (docs/mathematics.md PP-15, SG-01):
 * - strictly proper rule (`strictlyProper`: the rule's trait, or what the caller asserts for a rule
 *   without one): argmax_{p'} S(p', q) = {q}, so exactly the fixed points;
 * - a rule with the zeroOne trait on a piecewise-affine binary map: computed directly (a superset of
 *   the fixed points);
 * - otherwise undefined (not supported).
 */
export function stableReports(
  rule: ScoringRule,
  spec: MapSpec,
  strictlyProper: boolean,
): { readonly sets: readonly ReportSet[]; readonly method: 'fixed-points' | 'zero-one-exact' } | undefined {
  if (strictlyProper) return { sets: fixedPoints(spec).sets, method: 'fixed-points' };
  const pieces = binaryPieces(spec);
  if (hasTrait(rule, 'zeroOne') && pieces) return { sets: setsFromSpans(zeroOneStableSpans(pieces)), method: 'zero-one-exact' };
  return undefined;
}
