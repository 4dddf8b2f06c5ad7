import type { LawInstance } from './lawInstances.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { isZeroHomogeneous } from './homogeneity.ts';
import { polynomialKey } from './polynomialKey.ts';
import { substitute, variablesOf } from './polynomialCalculus.ts';
import { ProofTimeout } from './ProofBudget.ts';
import { type Atom, isAtomName, type Radical, type RadicalAlgebra, radicalAlgebra } from './radicalField.ts';
import type { SeparableConstraints } from './separableSplit.ts';

/**
 * The properness gap f(p, q) = S(q, q) - S(p, q) as a polynomial, after the changes of variables that
 * remove the roots, and the equations g(p) = 1, h(q) = 1 of the domain it is read on:
 * - `power`: coordinates are p_i = s_i^power (s_i >= 0; a bijection of [0, 1]), so that roots of
 *   coordinates become exact: p_i^(1/2) = s_i, p_i^(3/2) = s_i^3 (power(3/2), pseudo-spherical(3/2));
 * - `normalised`: for a rule blind to the scale of p (S(lambda p, y) = S(p, y), isZeroHomogeneous),
 *   the gap only changes by the factor mu under q -> mu q and not at all under p -> lambda p, so its
 *   sign on the simplex is its sign on any surface B = 1 that meets every ray of the orthant once.
 *   B is the base of the rule's one remaining root (||p||_alpha^alpha = sum p_i^alpha for spherical and
 *   pseudo-spherical), so on B = 1 every root of B is 1 and the gap is a polynomial (the law is
 *   Hoelder's inequality, which then splits into one AM-GM step per coordinate).
 * Distinct distributions stay distinct (s = p^(1/power) is injective, distinct points of the simplex
 * lie on distinct rays), so strict properness transfers too.
 */
export interface SeparablePlan {
  readonly gap: Polynomial;
  readonly constraints: SeparableConstraints;
  readonly power: number;
  readonly normalised?: Polynomial;
  /** The algebra of the gap's atoms (ln, exp, roots of one coordinate each), for derivatives and lemmas. */
  readonly algebra: RadicalAlgebra;
  /** The coordinate of a variable or atom of the gap. */
  readonly coordinateOf: (name: string) => number | undefined;
}

const vector = (name: string, n: number, power: number) =>
  Array.from({ length: n }, (_, i) => Polynomial.variable(`${name}${i}`).pow(BigInt(power)));

const rename = (p: Polynomial, from: string, to: string, n: number) =>
  substitute(p, Object.fromEntries(Array.from({ length: n }, (_, i) => [`${from}${i}`, Polynomial.variable(`${to}${i}`)])));

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The rule's scores for every outcome at p = (s_0^power, ...), evaluated exactly: the atoms they make. */
function rootsOf(rule: ScoringRule, n: number, power: number, tick: () => void): RadicalAlgebra {
  const A = radicalAlgebra({ nonNegative: () => true, tick });
  const p = vector('p', n, power).map((v) => ({ num: v, den: Polynomial.constant(Rational.ONE) }) as Radical);
  for (let y = 0; y < n; y++) rule.score(A.F, p, y);
  return A;
}

/** The power that makes every root of a single coordinate exact: lcm of e / gcd(k, e) over roots of c * s^k. */
function substitutionPower(atoms: readonly Atom[]): number {
  return atoms.reduce((acc, a) => {
    const terms = a.base.monomials();
    if (a.kind !== 'root' || terms.length !== 1 || terms[0]![0].size !== 1) return acc;
    const k = [...terms[0]![0].values()][0]!;
    const need = Number(a.e) / gcd(k, Number(a.e));
    return (acc * need) / gcd(acc, need);
  }, 1);
}

/**
 * The base B of a normalisation: the one base of every root, homogeneous of positive degree in p, a
 * sum of pure powers c_i s_i^k with c_i > 0 for every coordinate (so B > 0 off the origin of the
 * orthant, B(lambda s) = lambda^k B(s): each ray meets B = 1 exactly once, and B = 1 is separable).
 */
function normalisingBase(atoms: readonly Atom[], n: number): Polynomial | undefined {
  const bases = new Map(atoms.map((a) => [polynomialKey(a.base), a]));
  if (bases.size !== 1) return undefined;
  const B = atoms[0]!.base;
  const terms = B.monomials();
  const degree = terms[0]?.[0].size === 1 ? [...terms[0]![0].values()][0]! : 0;
  const pure = terms.every(([m, c]) => c.sign() > 0 && m.size === 1 && [...m.values()][0] === degree);
  const everyCoordinate = Array.from({ length: n }, (_, i) => `p${i}`).every((v) => variablesOf(B).has(v));
  return degree > 0 && pure && terms.length === n && everyCoordinate ? B : undefined;
}

/** The coordinate of p3 / q3 is 3; an atom's is its argument's, if that has exactly one. */
function coordinates(A: RadicalAlgebra): (name: string) => number | undefined {
  const memo = new Map<string, number | undefined>();
  const of = (name: string): number | undefined => {
    if (!isAtomName(name)) return /^[pq][0-9]+$/.test(name) ? Number(name.slice(1)) : undefined;
    if (!memo.has(name)) {
      const atom = A.atoms().find((a) => a.name === name)!;
      const found = new Set([...variablesOf(atom.base)].map(of));
      memo.set(name, found.size === 1 ? [...found][0] : undefined);
    }
    return memo.get(name);
  };
  return of;
}

function polynomialOf(x: Radical): Polynomial | undefined {
  const d = x.den.asConstant();
  return d === undefined || d.isZero() ? undefined : x.num.mul(Polynomial.constant(d.inv()));
}

/** Roots of the p-vector that see more than one coordinate (a norm): these need a normalisation. */
function sharedRoots(atoms: readonly Atom[], A: RadicalAlgebra): Atom[] {
  const coordinateOf = coordinates(A);
  return atoms.filter((a) => a.kind === 'root' && coordinateOf(a.name) === undefined);
}

/** The plan for a properness instance, or undefined when the rule is not algebraic or a root remains. */
export function separablePlan(rule: ScoringRule, instance: LawInstance, n: number, tick: () => void): SeparablePlan | undefined {
  try {
    const power = substitutionPower(rootsOf(rule, n, 1, tick).atoms());
    const first = rootsOf(rule, n, power, tick);
    const shared = sharedRoots(first.atoms(), first);
    const B = shared.length === 0 ? undefined : normalisingBase(shared, n);
    if (shared.length > 0 && (!B || !isZeroHomogeneous(rule, n))) return undefined;
    const unit = B ? [B, rename(B, 'p', 'q', n)] : [];
    const A = radicalAlgebra({ nonNegative: () => true, unit, tick });
    const lift = (name: string) => vector(name, n, power).map((v) => ({ num: v, den: Polynomial.constant(Rational.ONE) }) as Radical);
    const c = instance.comparison(A.F, rule, { p: lift('p'), q: lift('q') });
    const gap = polynomialOf(A.F.sub(c.lhs, c.rhs));
    const coordinateOf = coordinates(A);
    // Every atom left must belong to one coordinate (ln p_i, exp(K p_0)): the lemmas take it along.
    if (!gap || [...variablesOf(gap)].some((v) => isAtomName(v) && coordinateOf(v) === undefined)) return undefined;
    const sum = (name: string) => vector(name, n, power).reduce((s, v) => s.add(v), Polynomial.constant(Rational.ZERO));
    const constraints = B ? { g: unit[0]!, h: unit[1]! } : { g: sum('p'), h: sum('q') };
    return { gap, constraints, power, ...(B ? { normalised: B } : {}), algebra: A, coordinateOf };
  } catch (e) {
    // Not algebraic (a branch), or the rule failed on these values: the method does not apply.
    if (e instanceof ProofTimeout) throw e;
    return undefined;
  }
}
