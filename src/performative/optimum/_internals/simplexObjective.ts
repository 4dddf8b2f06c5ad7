import { type Dual, dualField } from '../../../numbers/Dual.ts';
import { type Field, type NumericField } from '../../../numbers/Field.ts';
import { Interval } from '../../../numbers/Interval.ts';
import { intervalField } from '../../../numbers/IntervalField.ts';
import type { Rational } from '../../../numbers/Rational.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { asStochasticMatrix } from '../../fixedPoints/fixedPoints.ts';
import { isBoxEvaluationFailure } from '../../map/isBoxEvaluationFailure.ts';
import { mapOutcomes } from '../../map/mapOutcomes.ts';
import { performativeObjective } from '../../map/performativeObjective.ts';

/**
 * Phi(p) = S(p, f(p)) = sum_y f(p)_y S(p, y) over boxes of reports (f(p) = A p for a stochastic matrix), in certified intervals with
 * forward-mode duals (docs/design.md §2). A box is [lo_i, hi_i] for every coordinate, tightened to the
 * simplex (see tightenToSimplex); every enclosure holds for all of box ∩ simplex (it holds on the whole
 * box). Rows of A that are zero (outcomes f never produces) are left out, as objectiveAt leaves out
 * exactly impossible outcomes. Derivatives are those of the formula in all n coordinates; only their
 * differences along the simplex (directions e_i - e_k) are used, and those do not depend on how the
 * formula extends off the simplex. `undefined` where the tier cannot evaluate (a pole, ln 0).
 *
 * Face coordinates (Krawczyk): on the face with support S and last index m, x = p_{S \ m}, p_m = 1 - sum x,
 * the other coordinates 0; faceGradient and faceHessian differentiate along e_i - e_m.
 */
export interface SimplexObjective {
  readonly n: number;
  readonly F: NumericField<Interval>;
  value(lo: readonly Rational[], hi: readonly Rational[]): Interval | undefined;
  /** d Phi / d p_j over the box, per coordinate (undefined where that derivative cannot be evaluated). */
  gradient(lo: readonly Rational[], hi: readonly Rational[]): (Interval | undefined)[];
  faceGradient(support: readonly number[], x: readonly Interval[]): Interval[] | undefined;
  faceHessian(support: readonly number[], x: readonly Interval[]): Interval[][] | undefined;
}

export function simplexObjective(rule: ScoringRule, spec: MapSpec, digits: number): SimplexObjective {
  const n = mapOutcomes(spec);
  const F = intervalField(digits);
  const D = dualField(F);
  const DD = dualField(D);
  const phi = objectiveFormula(rule, spec);
  const span = (a: Rational, b: Rational) => Interval.hull(F.fromRational(a), F.fromRational(b));
  const zero = F.of(0);
  const one = F.of(1);
  const minusOne = F.of(-1);
  /** The full report of face coordinates x on support S (last index m = 1 - sum x). */
  const faceReport = (support: readonly number[], x: readonly Interval[]): Interval[] => {
    const p = Array.from({ length: n }, () => zero);
    support.slice(0, -1).forEach((i, k) => (p[i] = x[k]!));
    p[support[support.length - 1]!] = F.sub(one, F.sum(x));
    return p;
  };
  const direction = (support: readonly number[], k: number) => (i: number) => (i === support[k] ? one : i === support[support.length - 1] ? minusOne : zero);
  return {
    n,
    F,
    // An upper end is what bounds need: ln 0 at the boundary leaves the lower end at -infinity.
    value: (lo, hi) => {
      const v = guarded(() => phi(F, lo.map((a, i) => span(a, hi[i]!))), true);
      return v && v.hi.isFinite() ? v : undefined;
    },
    gradient: (lo, hi) => {
      const p = lo.map((a, i) => span(a, hi[i]!));
      return p.map((_, j) => guarded(() => phi(D, p.map((v, i): Dual<Interval> => ({ v, d: i === j ? one : zero }))).d));
    },
    faceGradient: (support, x) => {
      const p = faceReport(support, x);
      return guarded(() => x.map((_, k) => phi(D, p.map((v, i): Dual<Interval> => ({ v, d: direction(support, k)(i) }))).d));
    },
    faceHessian: (support, x) => {
      const p = faceReport(support, x);
      const entry = (j: number, k: number) =>
        phi(DD, p.map((v, i): Dual<Dual<Interval>> => ({ v: { v, d: direction(support, j)(i) }, d: { v: direction(support, k)(i), d: zero } }))).d.d;
      return guarded(() => {
        const H = Array.from({ length: x.length }, () => new Array<Interval>(x.length));
        for (let j = 0; j < x.length; j++) for (let k = j; k < x.length; k++) H[j]![k] = H[k]![j] = entry(j, k);
        return H;
      });
    },
  };
}

/**
 * Phi as a formula in any field. For a stochastic matrix (or a mixture of them) rows of A that are zero
 * (outcomes f never produces) are left out, as objectiveAt leaves out exactly impossible outcomes; any
 * other map (a map given as code) is evaluated as it is, Phi = sum_y f(p)_y S(p, y).
 */
function objectiveFormula(rule: ScoringRule, spec: MapSpec): <T>(G: Field<T>, p: readonly T[]) => T {
  const matrix = asStochasticMatrix(spec);
  if (!matrix) return (G, p) => performativeObjective(G, rule, spec, p);
  const n = matrix.columns.length;
  const rows = Array.from({ length: n }, (_, y) => matrix.columns.map((col) => col[y]!)).map((row, y) => ({ y, row })).filter(({ row }) => row.some((a) => !a.isZero()));
  return (G, p) => G.sum(rows.map(({ y, row }) => G.mul(G.sum(row.map((a, j) => G.mul(G.fromRational(a), p[j]!))), rule.score(G, p, y))));
}

/** A finite enclosure, or undefined where the interval tier meets a pole or a domain boundary. */
function guarded<R>(job: () => R, infiniteAllowed = false): R | undefined {
  try {
    const r = job();
    return infiniteAllowed || isFinite(r) ? r : undefined;
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return undefined;
    throw error;
  }
}

function isFinite(r: unknown): boolean {
  if (r instanceof Interval) return r.isFinite();
  return Array.isArray(r) ? r.every(isFinite) : true;
}
