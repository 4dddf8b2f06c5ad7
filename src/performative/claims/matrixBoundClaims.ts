import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { CheckContext, Claim } from '../../core/Claim.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import { decideConjunction } from '../../certify/decideConjunction.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import type { Comparison } from '../../certify/Comparison.ts';
import type { NumericField } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { isQuadraticAt } from '../../scoring/isQuadraticAt.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import type { MapSpec, StochasticMatrixSpec } from '../map/MapSpec.ts';
import { smallDistribution, stochasticMatrixArbitrary, unitRational } from '../map/mapSpecArbitrary.ts';
import type { ReportSet } from '../map/ReportSet.ts';
import { optimalReports } from '../optimum/optimalReports.ts';
import { HOLDS_EXACT, refutedExact } from './_internals/claimHelpers.ts';
import { recordCodec } from './_internals/recordCodec.ts';

type Vec = readonly Rational[];
const R = Rational;
const dot = (a: Vec, b: Vec) => R.sum(a.map((x, i) => x.mul(b[i]!)));
const sub = (a: Vec, b: Vec) => a.map((x, i) => x.sub(b[i]!));
/** A p: column j of the spec is f(e_j). */
const apply = (A: StochasticMatrixSpec, p: Vec) => A.columns[0]!.map((_, i) => R.sum(A.columns.map((col, j) => col[i]!.mul(p[j]!))));
/** A^T v. */
const applyT = (A: StochasticMatrixSpec, v: Vec) => A.columns.map((col) => dot(col, v));
/** Orthogonal projection onto T = {sum v = 0}. */
const project = (v: Vec) => {
  const mean = R.sum(v).div(R.of(v.length));
  return v.map((x) => x.sub(mean));
};

/**
 * ||A||_T^2 = the largest generalised eigenvalue of (B^T A^T A B, B^T B) for a rational basis B of T
 * (docs/mathematics.md PP-09): a formula for any tier, exact where the root is rational. n = 2: T is spanned by
 * (1, -1) and the value is |A v|^2 / |v|^2. n = 3: with B = (e1 - e3, e2 - e3), the root
 * (t + sqrt(t^2 - 4 det K det C)) / (2 det K) of det(C - lambda K) = 0, an exact square root of an exact
 * rational discriminant (irrational roots are decided by certified intervals).
 */
export function normTSquared(A: StochasticMatrixSpec): <T>(F: NumericField<T>) => T {
  const n = A.columns.length;
  const basis = Array.from({ length: n - 1 }, (_, k) => Array.from({ length: n }, (_, i) => (i === k ? R.ONE : i === n - 1 ? R.ONE.neg() : R.ZERO)));
  const images = basis.map((b) => apply(A, b));
  const K = basis.map((u) => basis.map((v) => dot(u, v)));
  const C = images.map((u) => images.map((v) => dot(u, v)));
  if (n === 2) return (F) => F.fromRational(C[0]![0]!.div(K[0]![0]!));
  if (n !== 3) throw new SpecError('input.map', `||A||_T is computed exactly for 2 or 3 outcomes, got ${n}`);
  const det = (M: Rational[][]) => M[0]![0]!.mul(M[1]![1]!).sub(M[0]![1]!.mul(M[1]![0]!));
  const [dK, dC] = [det(K), det(C)];
  const t = C[0]![0]!.mul(K[1]![1]!).add(C[1]![1]!.mul(K[0]![0]!)).sub(R.of(2).mul(C[0]![1]!).mul(K[0]![1]!));
  const disc = t.pow(2).sub(R.of(4).mul(dK).mul(dC));
  return (F) => F.div(F.add(F.fromRational(t), F.sqrt(F.fromRational(disc))), F.fromRational(R.of(2).mul(dK)));
}

/** The points where PP-09's interior identity applies: interior optimal points, and the barycentre of a continuum when it is interior. */
function interiorOptima(sets: readonly ReportSet[]): Vec[] {
  return sets.flatMap((s) => {
    const vertices = s.kind === 'point' ? [s.point] : s.kind === 'segment' ? [...s.ends] : s.kind === 'polytope' ? s.vertices : [];
    if (vertices.length === 0) return [];
    const centre = vertices[0]!.map((_, i) => R.sum(vertices.map((v) => v[i]!)).div(R.of(vertices.length)));
    return centre.every((c) => c.sign() > 0) ? [centre] : [];
  });
}

type MatrixInput = { readonly map: MapSpec };

/** The input's matrix, or SpecError: the claims are about column-stochastic matrices on 2 or 3 outcomes. */
function matrixOf(map: MapSpec, at: string): StochasticMatrixSpec {
  if (map.kind !== 'stochastic-matrix') throw new SpecError(`${at}.kind`, 'this claim is about stochastic-matrix maps');
  const n = map.columns.length;
  if (n < 2 || n > 3) throw new SpecError(`${at}.columns`, `needs 2 or 3 outcomes, got ${n}`);
  return map;
}
const matrixCodec = recordCodec({ map: 'map' }, (input, at) => void matrixOf(input.map, `${at}.map`));

/**
 * Column-stochastic matrices on 2 or 3 outcomes: random ones (optima often on faces), PP-09's tight family
 * alpha I + (1 - alpha) p* 1^T, and contractions alpha M + (1 - alpha) p* 1^T of a random M (interior optima).
 */
const matrixInputs: fc.Arbitrary<MatrixInput> = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc
    .record({
      kind: fc.constantFrom('random', 'tight', 'contraction'),
      random: stochasticMatrixArbitrary(n, n),
      pStar: smallDistribution(n),
      alpha: unitRational().map((a) => a.mul(R.of('1/2'))),
    })
    .map(({ kind, random, pStar, alpha }): MatrixInput => {
      if (kind === 'random') return { map: random };
      const M = kind === 'tight' ? pStar.map((_, j) => pStar.map((__, i) => (i === j ? R.ONE : R.ZERO))) : random.columns;
      const columns = M.map((col) => col.map((x, i) => alpha.mul(x).add(R.ONE.sub(alpha).mul(pStar[i]!))));
      return { map: { kind: 'stochastic-matrix', columns } };
    }),
);

/** The PP-09 quantities at an interior optimum p: d = f(p) - p, the identity's right side, and p - u. */
function quantities(A: StochasticMatrixSpec, p: Vec) {
  const n = p.length;
  const u = p.map(() => R.of(1n, BigInt(n)));
  const d = sub(apply(A, p), p);
  const identity = project(applyT(A, sub(p, u))).map((x) => x.neg());
  return { d, identity, fromUniform: sub(p, u), n };
}

/**
 * PP-09 (holds): under the quadratic rule, every optimal report p in the relative interior of the simplex
 * satisfies f(p) - p = -Pi A^T (p - u) exactly, |f(p) - p| <= ||A||_T |p - u| <= ||A||_T sqrt(1 - 1/n), and,
 * when ||A||_T < 1, |p - p*| <= ||A||_T |p - u| / (1 - ||A||_T). The optimum is exact (KKT over the faces);
 * ||A||_T is the square root of the exact largest eigenvalue of A restricted to T (normTSquared), and the
 * inequalities are decided by the certification engine (exact, or certified intervals for irrational norms).
 */
export function matrixBoundClaim(rule: ScoringRule): Claim<MatrixInput> {
  return {
    id: `${rule.id}/matrix-map-inaccuracy-within-norm-bound`,
    statement: `Under ${rule.id} and f(p) = A p (A column-stochastic, 2 or 3 outcomes), every optimal report p in the relative interior satisfies f(p) - p = -Pi A^T (p - u), |f(p) - p| <= ||A||_T |p - u| <= ||A||_T sqrt(1 - 1/n), and |p - p*| <= ||A||_T |p - u| / (1 - ||A||_T) when ||A||_T < 1.`,
    source: 'docs/mathematics.md PP-09 (Oesterheld et al. 2023 and notebooks: the n-outcome Brier bound), PP-10',
    expect: 'holds',
    arbitrary: matrixInputs,
    codec: matrixCodec,
    check(input, ctx) {
      const map = matrixOf(input.map, 'input.map');
      if (!isQuadraticAt(rule, map.columns.length)) throw new Error(`${rule.id} lacks the quadratic trait PP-09 is about`);
      const lambda = normTSquared(map);
      // ||A||_T < 1, certified once outside the formulas (a conjunction must have the same length in every tier);
      // an irrational norm too close to 1 to separate leaves the conditional distance bound unchecked.
      const [, lambdaHi] = certifiedBounds(lambda, 40);
      const contraction = lambdaHi.lt(R.ONE);
      const fixed = fixedPoints(map).sets;
      const pStar = fixed.length === 1 && fixed[0]!.kind === 'point' ? fixed[0]!.point : undefined;
      for (const p of interiorOptima(optimalReports(rule, map).sets)) {
        const q = quantities(map, p);
        if (!q.d.every((x, i) => x.equals(q.identity[i]!))) return refutedExact({ optimum: p.map(String), fOfPMinusP: q.d.map(String), minusPiATransposePMinusU: q.identity.map(String) });
        const out = decideBoundsAt(ctx, lambda, q, pStar && contraction ? sub(p, pStar) : undefined);
        if (out.kind !== 'holds') return out.kind === 'refuted' ? { ...out, witness: { optimum: p.map(String), ...(out.witness as object) } } : out;
      }
      return HOLDS_EXACT;
    },
  };
}

/** |d|^2 <= lambda |p - u|^2 <= lambda (1 - 1/n), and, when lambda < 1, |p - p*| (1 - sqrt lambda) <= sqrt(lambda) |p - u|. */
function decideBoundsAt(ctx: CheckContext, lambda: <T>(F: NumericField<T>) => T, q: ReturnType<typeof quantities>, fromFixed: Vec | undefined): CaseOutcome {
  const [d2, u2] = [dot(q.d, q.d), dot(q.fromUniform, q.fromUniform)];
  const loose = R.ONE.sub(R.of(1n, BigInt(q.n)));
  // Each bound as "bound >= quantity" (the engine's relations are >=, > and =).
  const out = decideConjunction(<T>(F: NumericField<T>): Comparison<T>[] => {
    const l = lambda(F);
    const comparisons: Comparison<T>[] = [
      { lhs: F.mul(l, F.fromRational(u2)), rhs: F.fromRational(d2), relation: '>=', labels: ['||A||_T^2 |p - u|^2', '|f(p) - p|^2'] },
      { lhs: F.mul(l, F.fromRational(loose)), rhs: F.mul(l, F.fromRational(u2)), relation: '>=', labels: ['||A||_T^2 (1 - 1/n)', '||A||_T^2 |p - u|^2'] },
    ];
    if (!fromFixed) return comparisons;
    const norm = F.sqrt(l);
    const distance = F.mul(F.sqrt(F.fromRational(dot(fromFixed, fromFixed))), F.sub(F.of(1), norm));
    return [...comparisons, { lhs: F.mul(norm, F.sqrt(F.fromRational(u2))), rhs: distance, relation: '>=', labels: ['||A||_T |p - u|', '|p - p*| (1 - ||A||_T)'] }];
  }, ctx);
  return out.kind === 'refuted' ? { ...out, witness: { comparison: out.witness as Json } } : out;
}

/**
 * The interior identity read for every optimum (FALSE): "f(p) - p = -Pi A^T (p - u) at every optimal report".
 * At an optimum on a face the tangential gradient need not vanish (docs/mathematics.md §9, "Vertex optima").
 */
export function identityAtEveryOptimumClaim(rule: ScoringRule): Claim<MatrixInput> {
  return {
    id: `${rule.id}/matrix-map-identity-at-every-optimum`,
    statement: `Under ${rule.id} and f(p) = A p (A column-stochastic, 2 or 3 outcomes), every optimal report p, on the boundary of the simplex as well, satisfies f(p) - p = -Pi A^T (p - u).`,
    source: 'docs/mathematics.md PP-09 (the identity needs an interior optimum), §9',
    expect: 'refuted',
    arbitrary: matrixInputs,
    codec: matrixCodec,
    check(input) {
      const map = matrixOf(input.map, 'input.map');
      for (const set of optimalReports(rule, map).sets) {
        if (set.kind !== 'point') continue;
        const q = quantities(map, set.point);
        if (!q.d.every((x, i) => x.equals(q.identity[i]!))) return refutedExact({ optimum: set.point.map(String), fOfPMinusP: q.d.map(String), minusPiATransposePMinusU: q.identity.map(String) });
      }
      return HOLDS_EXACT;
    },
  };
}
