import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { StepModel } from '../StepModel.ts';
import { trainingGradient } from '../trainingGradient.ts';
import { UNIT } from './fixedBall.ts';
import { ratioCeil } from './rationalBounds.ts';
import { normOnTangent } from './tangentNorm.ts';
import { projectScaled } from './scaledProjection.ts';

/** The affine step p -> A p + b (on the simplex) with one common denominator, and its Lipschitz bound. */
interface AffineStep {
  readonly A: readonly (readonly bigint[])[];
  readonly b: readonly bigint[];
  readonly den: bigint;
  readonly lipschitz: Rational;
}

/**
 * The step model of a rule with the quadratic trait (S = Q + a_y, Q quadratic, a_y affine: RuleTraits),
 * whatever its name: the tangent gradient of E_q S is affine in p on the simplex, so it is fixed by its
 * exact values at the n points v_j = (e_j + u)/2 (u uniform; inside the simplex whatever the domain):
 * g(p) = sum_j (2 p_j - 1/n) g(v_j), since p = sum_j (2 p_j - 1/n) v_j on the simplex. A step is then
 * p -> A p + b with A = I + 2s G, b = -(s/n) G 1 (G the matrix of columns g(v_j)), evaluated exactly in
 * integers on the fixed-point grid and projected exactly; only the final rounding is inexact. Its
 * Lipschitz constant on tangent vectors is constant: |1 - s kappa| when 2 G d = -kappa d for every tangent d
 * (the quadratic rule: g = 2(q - p), kappa = 2), else a certified bound of the spectral norm of P A P
 * (P = I - 11^T/n) by exact semidefiniteness tests.
 */
export function quadraticStepModel(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  const columns = spec.truth.map((q) => vertexGradients(spec, q));
  if (columns.some((c) => c === undefined)) return undefined;
  const G = columns as Rational[][][]; // G[a][j] = g_a(v_j)
  const kappas = G.map(isotropy);
  const memo = new Map<string, AffineStep>();
  const affine = (a: number, s: Rational): AffineStep => {
    const key = `${a}:${s}`;
    if (!memo.has(key)) memo.set(key, affineStep(G[a]!, s, kappas[a]));
    return memo.get(key)!;
  };
  // The truth is the step's fixed point: stationary (any proper rule) and inside the set the projection keeps.
  const stationaryAtTruth = spec.truth.map((q, a) => q.every((x) => x.ge(floor)) && gradientAt(G[a]!, q).every((x) => x.isZero()));
  return {
    kind: 'quadratic',
    step(a, s, c, e) {
      const { A, b, den, lipschitz } = affine(a, s);
      const X = A.map((row, i) => row.reduce((sum, v, j) => sum + v * c[j]!, b[i]! * UNIT));
      const next = projectScaled(X, den * UNIT, floor);
      return { c: next.point, e: ratioCeil(lipschitz, e) + next.error };
    },
    contraction(a, s) {
      if (!stationaryAtTruth[a]) return undefined;
      const kappa = kappas[a];
      if (kappa && kappa.sign() > 0 && s.mul(kappa).le(Rational.ONE)) return { kind: 'segment', rate: Rational.ONE.sub(s.mul(kappa)) };
      const { lipschitz } = affine(a, s);
      return lipschitz.lt(Rational.ONE) ? { kind: 'ball', rate: lipschitz } : undefined;
    },
  };
}

/** g_a(v_j) for j = 1..n (exact tangent gradients), or undefined when one is not rational. */
function vertexGradients(spec: ConditionalGameSpec, q: readonly Rational[]): Rational[][] | undefined {
  const n = spec.outcomes;
  const half = Rational.of(1n, 2n);
  const u = Rational.of(1n, BigInt(n));
  const out: Rational[][] = [];
  for (let j = 0; j < n; j++) {
    const v = Array.from({ length: n }, (_, i) => u.add(i === j ? Rational.ONE : Rational.ZERO).mul(half));
    const g = trainingGradient('stop-gradient', spec.rule, [q], [v], [Rational.ONE]);
    if (!g.exact) return undefined;
    out.push(g.g[0]!);
  }
  return out;
}

/** g(p) = sum_j (2 p_j - 1/n) g(v_j) for p on the simplex. */
function gradientAt(Gv: readonly (readonly Rational[])[], p: readonly Rational[]): Rational[] {
  const n = p.length;
  const u = Rational.of(1n, BigInt(n));
  return Array.from({ length: n }, (_, i) => Rational.sum(Gv.map((g, j) => g[i]!.mul(p[j]!.mul(Rational.of(2)).sub(u)))));
}

/** kappa with 2 G d = -kappa d for every tangent d, if the tangent Hessian is a multiple of the identity. */
function isotropy(Gv: readonly (readonly Rational[])[]): Rational | undefined {
  const n = Gv.length;
  const image = (i: number, k: number) => Gv[k]![i]!.sub(Gv[n - 1]![i]!).mul(Rational.of(2)); // 2 G (e_k - e_last), row i
  const kappa = image(0, 0).neg();
  for (let k = 0; k < n - 1; k++) {
    for (let i = 0; i < n; i++) {
      const expected = i === k ? kappa.neg() : i === n - 1 ? kappa : Rational.ZERO;
      if (!image(i, k).equals(expected)) return undefined;
    }
  }
  return kappa;
}

function affineStep(Gv: readonly (readonly Rational[])[], s: Rational, kappa: Rational | undefined): AffineStep {
  const n = Gv.length;
  const twoS = s.mul(Rational.of(2));
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO).add(twoS.mul(Gv[j]![i]!))));
  const b = Array.from({ length: n }, (_, i) => s.div(Rational.of(n)).mul(Rational.sum(Gv.map((g) => g[i]!))).neg());
  const den = [...A.flat(), ...b].reduce((d, x) => lcm(d, x.den), 1n);
  const lipschitz = kappa ? Rational.ONE.sub(s.mul(kappa)).abs() : normOnTangent(A);
  return { A: A.map((row) => row.map((x) => (x.num * den) / x.den)), b: b.map((x) => (x.num * den) / x.den), den, lipschitz };
}

function lcm(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

