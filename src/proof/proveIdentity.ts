import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { certifyInstance, type Counterexample } from './certifyInstance.ts';
import type { LawInstance } from './lawInstances.ts';
import type { ProofContext } from './ProofContext.ts';
import { ProofTimeout } from './ProofBudget.ts';
import { type Radical, radicalAlgebra } from './radicalField.ts';
import { samplePoints } from './samplePoints.ts';

const ONE = Polynomial.constant(Rational.ONE);
const asRadical = (p: Polynomial): Radical => ({ num: p, den: ONE });

/** 1 - (the others): the coordinate that makes a vector sum to 1. */
const complement = (others: readonly Polynomial[]): Polynomial => others.reduce((s, x) => s.sub(x), ONE);

/**
 * The instance's vectors on the affine hull of its domain, in free variables: p = (p_0, ..., p_{n-2},
 * 1 - sum), and for locality p' with p'_y = p_y and another coordinate eliminated. An identity of
 * these polynomials in the free variables holds on the whole hull, so on the domain.
 */
function affineHull(inst: LawInstance, n: number): Record<string, Polynomial[]> {
  const out: Record<string, Polynomial[]> = {};
  for (const name of inst.vectors) {
    const pr = inst.premise;
    const tied = pr?.kind === 'equalAt' && pr.b === name ? pr : undefined;
    const last = tied && tied.index === n - 1 ? n - 2 : n - 1;
    const v: (Polynomial | undefined)[] = Array.from({ length: n }, (_, i) =>
      i === last ? undefined : tied && i === tied.index ? out[tied.a]![i]! : Polynomial.variable(`${name}${i}`),
    );
    v[last] = complement(v.filter((x): x is Polynomial => x !== undefined));
    out[name] = v as Polynomial[];
  }
  return out;
}

/**
 * Decides an equality instance (symmetric, local) by exact algebra where it can: both sides evaluated
 * in the radical algebra on the affine hull (roots as atoms modulo their relations, ln and exp as
 * uninterpreted atoms). 'identity' when the difference reduces to zero (then the law holds wherever the
 * rule is defined: the caller still proves the obligations); 'differs' when it does not (a non-zero
 * reduced form is not yet a counterexample: see sampledCounterexample); undefined when the rule leaves
 * the algebra (a branch).
 *
 * Worked example (docs/mathematics.md SR-03): spherical, sigma = (0 1), y = 0: S(sigma p, 1) =
 * p_0 / sqrt(p_1^2 + p_0^2 + ...) and S(p, 0) = p_0 / sqrt(p_0^2 + p_1^2 + ...) share one atom (the
 * base is the same polynomial), so the difference is 0.
 */
export function identityCheck(c: ProofContext, inst: LawInstance): 'identity' | 'differs' | undefined {
  try {
    const A = radicalAlgebra({ nonNegative: () => true, tick: () => c.budget.check() });
    const hull = affineHull(inst, c.n);
    const cmp = inst.comparison(A.F, c.rule, Object.fromEntries(Object.entries(hull).map(([k, v]) => [k, v.map(asRadical)])));
    return A.isZero(A.F.sub(cmp.lhs, cmp.rhs)) ? 'identity' : 'differs';
  } catch (e) {
    // A branch, a root of a quotient, a size cap, or the rule failing on these values: not this method.
    if (e instanceof ProofTimeout) throw e;
    return undefined;
  }
}

/**
 * A certified counterexample among deterministic rational points of the domain (samplePoints), or
 * undefined. Used where the algebra found the two sides different: a non-zero algebraic function
 * vanishes only on a thin set, so a few points suffice (spherical/local at n = 3: the first one).
 */
export function sampledCounterexample(c: ProofContext, inst: LawInstance, count = 24): Counterexample | undefined {
  for (const point of samplePoints(inst, c.n, count)) {
    c.budget.check();
    const found = certifyInstance(c.rule, inst, point, c.domain);
    if (found) return found;
  }
  return undefined;
}
