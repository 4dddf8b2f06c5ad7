import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { congruence, isNegativeSemidefinite } from '../linalg/isPositiveSemidefinite.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { fixedPoints } from '../performative/fixedPoints/fixedPoints.ts';
import type { StochasticMatrixSpec } from '../performative/map/MapSpec.ts';
import { objectiveAt } from '../performative/map/performativeObjective.ts';
import { quadraticFormOf } from '../performative/optimum/quadraticFaceKkt.ts';
import { isQuadraticAt } from '../scoring/isQuadraticAt.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { OptimumBudget } from './ExperimentSpec.ts';
import { type MatrixOptimum, matrixOptimum } from './matrixOptimum.ts';
import { boundedNumber, exactNumber, rootOf } from './numberValue.ts';
import type { QuantityName } from './quantities.ts';
import type { QuantityValue } from './QuantityValue.ts';
import { squaredDistanceTo, squaredDistanceToSet, squaredImageNorm, type SquaredQuantity } from './squaredQuantity.ts';
import { tangentNorm } from './tangentNorm.ts';

/**
 * Every quantity of one stochastic-matrix instance f(p) = A p under a rule: the fixed-point set p*
 * (exact: a point, or a polytope for a continuum), the optimal reports p^ (matrixOptimum), and from
 * them the L2 quantities as exact squares with certified roots (numberValue.rootOf); where p^ is not one
 * point (ties, a continuum, or certified pieces) the bounds cover every optimal report.
 */
export function matrixInstance(rule: ScoringRule, spec: StochasticMatrixSpec, quantities: readonly QuantityName[], budget: OptimumBudget): { details: { [key: string]: Json }; values: { [q: string]: QuantityValue } } {
  const n = spec.columns.length;
  const fixed = fixedPoints(spec).sets[0]!;
  const W = fixed.kind === 'point' ? [fixed.point] : fixed.kind === 'segment' ? [...fixed.ends] : fixed.kind === 'polytope' ? fixed.vertices : [];
  const needsOptimum = quantities.some((q) => ['distanceToFixedPoint', 'inaccuracy', 'optimumToUniform', 'optimumValue', 'optimumLocation'].includes(q));
  const optimum = needsOptimum ? matrixOptimum(rule, spec, budget) : ({ kind: 'none', reason: 'not asked' } as const);
  const u = Array.from({ length: n }, () => Rational.of(1n, BigInt(n)));
  const A = Array.from({ length: n }, (_, i) => spec.columns.map((col) => col[i]!));
  const IminusA = A.map((row, i) => row.map((a, j) => (i === j ? Rational.ONE.sub(a) : a.neg())));
  const ofOptimum = (q: SquaredQuantity) => squaredOverOptimum(q, optimum);
  const value = (q: QuantityName): QuantityValue =>
    match<string, QuantityValue>(q)
      .with('distanceToFixedPoint', () => ofOptimum(squaredDistanceToSet(W)))
      .with('inaccuracy', () => ofOptimum(squaredImageNorm(IminusA)))
      .with('optimumToUniform', () => ofOptimum(squaredDistanceTo(u)))
      .with('fixedPointToUniform', () => {
        const s = squaredDistanceToSet(W).at(u);
        return rootOf(s, s);
      })
      .with('tangentNorm', () => tangentNorm(spec.columns))
      .with('optimumValue', () => (optimum.kind === 'exact' ? exactNumber(optimum.value) : optimum.kind === 'enclosure' ? boundedNumber(optimum.result.lower, optimum.result.upper) : undecided(optimum)))
      .with('optimumLocation', () => optimumLocation(optimum, n))
      .with('concave', () => concavity(rule, spec))
      .with('fixedPointCount', () => ({ kind: 'category', value: W.length === 1 ? '1' : 'continuum' }))
      .otherwise(() => ({ kind: 'unavailable', reason: `${q} is not a quantity of stochastic-matrix instances` }));
  return {
    details: {
      fixedPoints: { vertices: W.map((p) => p.map(String)), continuum: W.length > 1 },
      optimum: optimum.kind === 'none' ? { method: 'none', reason: optimum.reason } : optimum.json,
    },
    values: Object.fromEntries(quantities.map((q) => [q, value(q)])),
  };
}

function undecided(optimum: Extract<MatrixOptimum, { kind: 'none' }>): QuantityValue {
  return { kind: 'undecided', reason: `no optimal report: ${optimum.reason}` };
}

/** A squared quantity over every optimal report, as certified bounds on its root. */
function squaredOverOptimum(q: SquaredQuantity, optimum: MatrixOptimum): QuantityValue {
  if (optimum.kind === 'none') return undecided(optimum);
  if (optimum.kind === 'exact') {
    // Convex in p: its maximum over a polytope is at a vertex; its minimum exactly over a hull where known.
    const hi = optimum.sets.flat().map((v) => q.at(v)).reduce((m, x) => Rational.max(m, x));
    const lo = optimum.sets.map((V) => (V.length === 1 ? q.at(V[0]!) : q.minOverHull(V) ?? Rational.ZERO)).reduce((m, x) => Rational.min(m, x));
    return rootOf(lo, hi);
  }
  const bounds = optimum.result.pieces.map((p) => q.overBox(p.lo, p.hi));
  return rootOf(bounds.map((b) => b[0]).reduce((m, x) => Rational.min(m, x)), bounds.map((b) => b[1]).reduce((m, x) => Rational.max(m, x)));
}

/**
 * Vertex (one coordinate is 1), interior (every coordinate positive), or the relative interior of a lower
 * face; 'several' for ties or a continuum of exact optima. From certified pieces: the location every piece
 * certifies (each coordinate certainly 0 or certainly positive on it), else undecided.
 */
function optimumLocation(optimum: MatrixOptimum, n: number): QuantityValue {
  const classify = (support: number) => (support === 1 ? 'vertex' : support === n ? 'interior' : 'face');
  if (optimum.kind === 'none') return undecided(optimum);
  if (optimum.kind === 'exact') {
    if (optimum.sets.length !== 1 || optimum.sets[0]!.length !== 1) return { kind: 'category', value: 'several' };
    return { kind: 'category', value: classify(optimum.sets[0]![0]!.filter((c) => c.sign() > 0).length) };
  }
  const located = optimum.result.pieces.map((p) =>
    p.lo.every((a, i) => a.sign() > 0 || p.hi[i]!.sign() === 0) ? classify(p.lo.filter((a) => a.sign() > 0).length) : undefined,
  );
  const first = located[0];
  if (first === undefined || located.some((l) => l !== first)) {
    return { kind: 'undecided', reason: 'the certified enclosure of the optimum does not tell whether it lies on the boundary of a face' };
  }
  return { kind: 'category', value: first };
}

/**
 * Phi is concave on the simplex iff its Hessian is negative semidefinite on the tangent space T: for a rule
 * with the quadratic trait Phi(p) = p^T H p on the simplex (quadraticFormOf), so this is P^T H P <= 0 with
 * P = [e_i - e_n] a basis of T, decided exactly. Other rules: not computed.
 */
function concavity(rule: ScoringRule, spec: StochasticMatrixSpec): QuantityValue {
  const n = spec.columns.length;
  if (!isQuadraticAt(rule, n)) return { kind: 'unavailable', reason: `concavity of Phi is decided for rules with the quadratic trait only (${rule.id} has not got it)` };
  const H = quadraticFormOf(n, (p) => objectiveAt(RationalField, rule, spec, p));
  const P = Array.from({ length: n }, (_, i) => Array.from({ length: n - 1 }, (_, j) => (i === j ? Rational.ONE : i === n - 1 ? Rational.of(-1) : Rational.ZERO)));
  return { kind: 'boolean', value: isNegativeSemidefinite(congruence(H, P)) };
}
