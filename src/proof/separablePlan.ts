import type { LawInstance } from './lawInstances.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { isZeroHomogeneous } from './homogeneity.ts';
import { polynomialKey } from './polynomialKey.ts';
import { substitute, variablesOf } from './polynomialCalculus.ts';
import { ProofTimeout } from './ProofBudget.ts';
import { type Atom, isAtomName, type Radical, radicalAlgebra } from './radicalField.ts';
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
}

const vector = (name: string, n: number, power: number) =>
  Array.from({ length: n }, (_, i) => Polynomial.variable(`${name}${i}`).pow(BigInt(power)));

const rename = (p: Polynomial, from: string, to: string, n: number) =>
  substitute(p, Object.fromEntries(Array.from({ length: n }, (_, i) => [`${from}${i}`, Polynomial.variable(`${to}${i}`)])));

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The roots the rule takes at p = (s_0^power, ...): its scores for every outcome, evaluated exactly. */
function rootsOf(rule: ScoringRule, n: number, power: number, tick: () => void): readonly Atom[] {
  const A = radicalAlgebra({ nonNegative: () => true, tick });
  const p = vector('p', n, power).map((v) => ({ num: v, den: Polynomial.constant(Rational.ONE) }) as Radical);
  for (let y = 0; y < n; y++) rule.score(A.F, p, y);
  return A.atoms();
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
  if (bases.size !== 1 || atoms.some((a) => a.kind !== 'root')) return undefined;
  const B = atoms[0]!.base;
  const terms = B.monomials();
  const degree = terms[0]?.[0].size === 1 ? [...terms[0]![0].values()][0]! : 0;
  const pure = terms.every(([m, c]) => c.sign() > 0 && m.size === 1 && [...m.values()][0] === degree);
  const everyCoordinate = Array.from({ length: n }, (_, i) => `p${i}`).every((v) => variablesOf(B).has(v));
  return degree > 0 && pure && terms.length === n && everyCoordinate ? B : undefined;
}

function polynomialOf(x: Radical, isAtom: (name: string) => boolean): Polynomial | undefined {
  const d = x.den.asConstant();
  if (d === undefined || d.isZero()) return undefined;
  const f = x.num.mul(Polynomial.constant(d.inv()));
  return [...variablesOf(f)].some(isAtom) ? undefined : f;
}

/** The plan for a properness instance, or undefined when the rule is not algebraic or a root remains. */
export function separablePlan(rule: ScoringRule, instance: LawInstance, n: number, tick: () => void): SeparablePlan | undefined {
  try {
    const power = substitutionPower(rootsOf(rule, n, 1, tick));
    const remaining = rootsOf(rule, n, power, tick);
    const B = remaining.length === 0 ? undefined : normalisingBase(remaining, n);
    if (remaining.length > 0 && (!B || !isZeroHomogeneous(rule, n))) return undefined;
    const unit = B ? [B, rename(B, 'p', 'q', n)] : [];
    const A = radicalAlgebra({ nonNegative: () => true, unit, tick });
    const lift = (name: string) => vector(name, n, power).map((v) => ({ num: v, den: Polynomial.constant(Rational.ONE) }) as Radical);
    const c = instance.comparison(A.F, rule, { p: lift('p'), q: lift('q') });
    const gap = polynomialOf(A.F.sub(c.lhs, c.rhs), isAtomName);
    if (!gap) return undefined;
    const sum = (name: string) => vector(name, n, power).reduce((s, v) => s.add(v), Polynomial.constant(Rational.ZERO));
    const constraints = B ? { g: unit[0]!, h: unit[1]! } : { g: sum('p'), h: sum('q') };
    return { gap, constraints, power, ...(B ? { normalised: B } : {}) };
  } catch (e) {
    // Not algebraic (a branch, ln), or the rule failed on these values: the method does not apply.
    if (e instanceof ProofTimeout) throw e;
    return undefined;
  }
}
