import { Polynomial, type Monomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { radicalDerivative, radicalSubstitute } from './radicalCalculus.ts';
import { NotAlgebraic, type Radical, type RadicalAlgebra, radicalAlgebra } from './radicalField.ts';

const coordinate = (name: string): number => Number(name.replace(/^[a-zA-Z]+/, ''));
const ZERO = Polynomial.constant(Rational.ZERO);

/**
 * The two equations the law's domain imposes: g(p) = 1 and h(q) = 1, each a sum of one-coordinate
 * terms with positive coefficients (sum p_i on the simplex; sum s_i^2 after p_i = s_i^2; sum p_i^3
 * on the surface a homogeneous rule is normalised to).
 */
export interface SeparableConstraints {
  readonly g: Polynomial;
  readonly h: Polynomial;
}

/** The simplex: sum p_i = 1 = sum q_i. */
export function simplexConstraints(n: number): SeparableConstraints {
  const sum = (x: string) => Array.from({ length: n }, (_, i) => Polynomial.variable(`${x}${i}`)).reduce((s, v) => s.add(v), ZERO);
  return { g: sum('p'), h: sum('q') };
}

/** m / d when d divides m. */
function quotient(m: Monomial, d: Monomial): Monomial | undefined {
  const out = new Map(m);
  for (const [v, e] of d) {
    const k = out.get(v) ?? 0;
    if (k < e) return undefined;
    if (k === e) out.delete(v);
    else out.set(v, k - e);
  }
  return out;
}

function times(a: Monomial, b: Monomial): Monomial {
  const out = new Map(a);
  for (const [v, e] of b) out.set(v, (out.get(v) ?? 0) + e);
  return out;
}

/**
 * One step of reduction modulo g = 1: finds k * g * M inside f (every term of g times M, in
 * proportion) and replaces it by k * M. Adding a multiple of (g - 1) leaves f unchanged on the
 * domain, so this is sound for any k and M.
 */
function absorbOnce(f: Polynomial, g: Polynomial, tick: () => void): Polynomial | undefined {
  const gTerms = g.monomials();
  for (const [m, c] of f.monomials()) {
    tick();
    for (const [mg, cg] of gTerms) {
      const M = quotient(m, mg);
      if (!M) continue;
      const k = c.div(cg);
      if (!gTerms.every(([mj, cj]) => f.coefficient(times(M, mj)).equals(k.mul(cj)))) continue;
      const kM = Polynomial.monomial(M, k);
      return f.sub(g.mul(kM)).add(kM);
    }
  }
  return undefined;
}

/**
 * The coupling form of the same step: x_j M with M of one coordinate i != j, where f holds
 * k (g - g_i) M (every term of g but coordinate i's in proportion), is replaced through g = 1 by
 * k M - k g_i M, which lives in coordinate i alone. Binary exponential: -E_p q_1 (E_p = e^{K p_0})
 * becomes -E_p + E_p q_0.
 */
function decoupleOnce(f: Polynomial, g: Polynomial, coordinateOf: (name: string) => number | undefined, tick: () => void): Polynomial | undefined {
  const gTerms = g.monomials();
  const single = (m: Monomial): number | undefined => {
    const found = new Set([...m.keys()].map(coordinateOf));
    return found.size === 1 ? [...found][0] : undefined;
  };
  for (const [m, c] of f.monomials()) {
    tick();
    if (m.size === 0 || single(m) !== undefined) continue;
    for (const [mg, cg] of gTerms) {
      const M = quotient(m, mg);
      const i = M && single(M);
      if (!M || i === undefined || single(mg) === i) continue;
      const k = c.div(cg);
      const others = gTerms.filter(([mj]) => single(mj) !== i);
      if (!others.every(([mj, cj]) => f.coefficient(times(M, mj)).equals(k.mul(cj)))) continue;
      const kM = Polynomial.monomial(M, k);
      return f.sub(g.mul(kM)).add(kM);
    }
  }
  return undefined;
}

/** The part of a one-coordinate-per-term polynomial in coordinate i. */
export function partAt(g: Polynomial, i: number): Polynomial {
  return g.monomials().reduce((s, [m, c]) => ([...m.keys()].every((v) => coordinate(v) === i) ? s.add(Polynomial.monomial(m, c)) : s), ZERO);
}

const asRadical = (p: Polynomial): Radical => ({ num: p, den: Polynomial.constant(Rational.ONE) });

/**
 * The multiplier lambda with d(a + lambda c)/dx = 0 on the diagonal x = y = t, identically in t, if
 * the equations determine one. Why: each lemma f_i(x, y) >= 0 vanishes on the diagonal (the gap is 0
 * at p = q), so an interior minimum there needs a zero derivative: this picks the one multiplier that
 * can work (the weights 2/3, 1/3 of the AM-GM step in Hoelder's inequality for pseudo-spherical(3);
 * 1 for the logarithmic rule, whose lemma y (ln y - ln x) + lambda (x - y) is Gibbs' ln u <= u - 1).
 * Derivatives of atoms by the chain rule (radicalDerivative); the identity in t is compared
 * coefficient by coefficient after clearing denominators.
 */
function stationaryMultiplier(A: RadicalAlgebra, a: Polynomial, c: Polynomial, x: string, y: string): Rational | undefined {
  const t = A.variable('t');
  const onDiagonal = (p: Polynomial) => radicalSubstitute(A, radicalDerivative(A, asRadical(p), x), { [x]: t, [y]: t });
  const [da, dc] = [onDiagonal(a), onDiagonal(c)];
  const U = A.F.mul(asRadical(da.num), asRadical(dc.den)).num;
  const W = A.F.mul(asRadical(dc.num), asRadical(da.den)).num;
  const key = [...W.terms.keys()][0];
  if (key === undefined) return undefined;
  const lambda = (U.terms.get(key) ?? Rational.ZERO).neg().div(W.terms.get(key)!);
  return A.isZero({ num: U.add(W.mul(Polynomial.constant(lambda))), den: Polynomial.constant(Rational.ONE) }) ? lambda : undefined;
}

/** How to read the variables of f: the coordinate each belongs to, and the algebra of its atoms. */
export interface SplitOptions {
  readonly constraints?: SeparableConstraints;
  /** Called between steps (a budget check may throw). */
  readonly tick?: () => void;
  /** The algebra f's atoms (roots, ln, exp) live in; a fresh one for a plain polynomial. */
  readonly algebra?: RadicalAlgebra;
  /** The coordinate of a variable (p3 -> 3; an atom: that of its argument), undefined if it has none. */
  readonly coordinateOf?: (name: string) => number | undefined;
}

/**
 * Splits f(p, q), read where g(p) = 1 and h(q) = 1, into f_0(p_0, q_0) + ... + f_{n-1}(p_{n-1}, q_{n-1})
 * when it can: first absorbs the factors h and g that expected scores produce (S(p, q) = sum_i q_i S(p, i)
 * carries (sum_i q_i) * G(p)), then writes what is left, sum_i a_i(p_i, q_i) + c, as
 * sum_i [a_i + A g_i(p_i) + B h_i(q_i)] with A + B = c (adding A (g - 1) + B (h - 1), zero on the
 * domain), A chosen by stationarity on the diagonal (stationaryMultiplier). Returns undefined when a
 * monomial still couples two coordinates.
 *
 * Why: nlsat's cost grows doubly exponentially with the number of variables (cylindrical algebraic
 * decomposition), so power(3) at n = 4 (8 variables, degree 3) times out, while each f_i has 2.
 */
export function separableSplit(f: Polynomial, n: number, opts: SplitOptions = {}): readonly Polynomial[] | undefined {
  const { g, h } = opts.constraints ?? simplexConstraints(n);
  const tick = opts.tick ?? (() => undefined);
  const coordinateOf = opts.coordinateOf ?? coordinate;
  let current = f;
  for (let step = 0; step < 10_000; step++) {
    const next = absorbOnce(current, h, tick) ?? absorbOnce(current, g, tick);
    if (!next) break;
    current = next;
  }
  for (let step = 0; step < 10_000; step++) {
    const next = decoupleOnce(current, h, coordinateOf, tick) ?? decoupleOnce(current, g, coordinateOf, tick);
    if (!next) break;
    current = next;
  }
  const c0 = current.coefficient(new Map());
  const parts: Polynomial[] = Array.from({ length: n }, () => ZERO);
  for (const [m, c] of current.monomials()) {
    if (m.size === 0) continue;
    const indices = new Set([...m.keys()].map(coordinateOf));
    const i = [...indices][0];
    if (indices.size !== 1 || i === undefined || !(i >= 0 && i < n)) return undefined;
    parts[i] = parts[i]!.add(Polynomial.monomial(m, c));
  }
  const algebra = opts.algebra ?? radicalAlgebra({ nonNegative: () => true, tick });
  const [A, B] = multipliers(algebra, parts[0]!, partAt(g, 0), partAt(h, 0), c0);
  return parts.map((a, i) => a.add(partAt(g, i).mul(Polynomial.constant(A))).add(partAt(h, i).mul(Polynomial.constant(B))));
}

/** (A, B) with A + B = c0, from stationarity in p (else in q; else A = 0: the constant spread over q). */
function multipliers(algebra: RadicalAlgebra, a0: Polynomial, g0: Polynomial, h0: Polynomial, c0: Rational): [Rational, Rational] {
  try {
    const A = stationaryMultiplier(algebra, a0, g0, 'p0', 'q0');
    if (A) return [A, c0.sub(A)];
    const B = stationaryMultiplier(algebra, a0, h0, 'q0', 'p0');
    if (B) return [c0.sub(B), B];
  } catch (e) {
    // A branch has no derivative: no multiplier is determined, and the lemmas decide as they are.
    if (!(e instanceof NotAlgebraic)) throw e;
  }
  return [Rational.ZERO, c0];
}
