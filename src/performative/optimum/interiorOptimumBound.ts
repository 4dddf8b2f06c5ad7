import { dualField, type Dual } from '../../numbers/Dual.ts';
import type { NumericField } from '../../numbers/Field.ts';
import type { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { isBoxEvaluationFailure } from '../map/isBoxEvaluationFailure.ts';
import {
  boxReport,
  DEFAULT_BOX_OPTIONS,
  gradientExcludes,
  searchMaximisers,
  type BoxOptions,
  type SimplexBox,
  type SimplexMap,
  squaredInaccuracy,
  touchesBoundary,
} from './maximiserSearch.ts';

/** Boxes narrower than this get the (costlier) second-order test. */
const TEST_WIDTH = Rational.of(1n, 32n);

/**
 * The PP-10 bound on one box (docs/mathematics.md PP-10), in the coordinates p = (x, y, 1 - x - y): with
 * g = (G_x, G_y) and H the Hessian of G(p) = sum_i p_i S(p, i) in (x, y), the tangent vectors (1, 0, -1)
 * and (0, 1, -1) have Gram matrix M = [[2, 1], [1, 2]], so |Pi grad G|^2 = g^T M^-1 g =
 * (2 G_x^2 - 2 G_x G_y + 2 G_y^2)/3 and lambda_min(H on T) is the least root of
 * det(H - lambda M) = 3 lambda^2 - (2 H_xx + 2 H_yy - 2 H_xy) lambda + det H. The bound
 * |d| lambda_min <= L |Pi grad G| is compared squared, after certifying lambda_min > 0:
 * 'holds' / 'fails' on the whole box, or 'unknown'.
 */
export function boundOnBox(rule: ScoringRule, map: SimplexMap, L: Rational, b: SimplexBox, digits: number): 'holds' | 'fails' | 'unknown' {
  const F = intervalField(digits);
  try {
    const p = boxReport(F, b);
    const [gx, hxx] = secondDerivative(F, rule, p, [1, 0, -1], [1, 0, -1]);
    const [gy, hyy] = secondDerivative(F, rule, p, [0, 1, -1], [0, 1, -1]);
    const [, hxy] = secondDerivative(F, rule, p, [1, 0, -1], [0, 1, -1]);
    const t = F.mul(F.of(2), F.sub(F.add(hxx, hyy), hxy));
    const det = F.sub(F.mul(hxx, hyy), F.mul(hxy, hxy));
    const lambdaMin = F.div(F.sub(t, F.sqrt(F.max(F.of(0), F.sub(F.mul(t, t), F.mul(F.of(12), det))))), F.of(6));
    if (F.sign(lambdaMin) !== 1) return 'unknown';
    const gradient2 = F.div(F.mul(F.of(2), F.add(F.sub(F.mul(gx, gx), F.mul(gx, gy)), F.mul(gy, gy))), F.of(3));
    const lhs = F.mul(squaredInaccuracy(F, map, p), F.mul(lambdaMin, lambdaMin));
    const rhs = F.mul(F.fromRational(L.mul(L)), gradient2);
    const margin = F.sign(F.sub(rhs, lhs));
    return margin === 1 || margin === 0 ? 'holds' : margin === -1 ? 'fails' : 'unknown';
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return 'unknown';
    throw error;
  }
}

/** [d G along u, d^2 G along u then v] over the box, by dual numbers nested over intervals. */
function secondDerivative(F: NumericField<Interval>, rule: ScoringRule, p: readonly Interval[], u: readonly number[], v: readonly number[]): [Interval, Interval] {
  const D2 = dualField(dualField(F));
  const zero = F.of(0);
  const q: Dual<Dual<Interval>>[] = p.map((x, i) => ({ v: { v: x, d: F.of(u[i]!) }, d: { v: F.of(v[i]!), d: zero } }));
  const g = D2.sum(q.map((qi, i) => D2.mul(qi, rule.score(D2, q, i))));
  return [g.v.d, g.d.d];
}

/**
 * PP-10 for one rule and one map, decided over every maximiser of Phi: 'holds' when every box is dropped
 * because it holds no maximiser, no interior critical point, or meets the bound throughout; 'violated'
 * when every maximiser lies in interior boxes that break the bound throughout (then some interior optimal
 * report breaks it); otherwise 'unknown'.
 */
export function interiorOptimumBound(rule: ScoringRule, map: SimplexMap, L: Rational, opts: BoxOptions = DEFAULT_BOX_OPTIONS): { kind: 'holds' | 'violated' | 'unknown'; evaluations: number } {
  const narrow = (b: SimplexBox) => b.x1.sub(b.x0).le(TEST_WIDTH);
  const holds = searchMaximisers(rule, map, (b) => (gradientExcludes(rule, map, b, opts.digits) || (narrow(b) && boundOnBox(rule, map, L, b, opts.digits) === 'holds') ? 'drop' : 'keep'), opts);
  if (holds.kind === 'all') return { kind: 'holds', evaluations: holds.evaluations };
  const violated = searchMaximisers(rule, map, (b) => (!touchesBoundary(b) && narrow(b) && boundOnBox(rule, map, L, b, opts.digits) === 'fails' ? 'drop' : 'keep'), opts);
  return { kind: violated.kind === 'all' ? 'violated' : 'unknown', evaluations: holds.evaluations + violated.evaluations };
}
