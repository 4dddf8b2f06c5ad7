import type { Bool, Context } from 'z3-solver';
import type { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import type { LawInstance } from './lawInstances.ts';
import type { ProofContext } from './ProofContext.ts';
import { separablePlan } from './separablePlan.ts';
import { partAt, separableSplit } from './separableSplit.ts';
import type { Term } from './symbolicField.ts';

/** A polynomial as a z3 term, its variables mapped by name. */
export function polynomialTerm(ctx: Context<'main'>, f: Polynomial, vars: Readonly<Record<string, Term>>): Term {
  const terms = f.monomials().map(([m, c]) =>
    [...m].reduce<Term>((t, [v, e]) => Array.from({ length: e }).reduce<Term>((u) => u.mul(vars[v]!), t), ctx.Real.val(c.toString())),
  );
  return terms.length === 0 ? ctx.Real.val(0) : terms.reduce((s, t) => s.add(t));
}

/** What the solver is asked about one coordinate: the lemma, the variables' box, and a label. */
export interface SeparableLemma {
  readonly lemma: Term;
  readonly box: readonly Bool<'main'>[];
  readonly x: Term;
  readonly y: Term;
}

/**
 * A sufficient proof of (strict) properness by separation (docs/mathematics.md SR-01, SR-03): if, on
 * the domain, S(q, q) - S(p, q) equals f_0(p_0, q_0) + ... + f_{n-1}(p_{n-1}, q_{n-1}) (separablePlan,
 * separableSplit), and every f_i >= 0 on the box the coordinates range over (for strict: with
 * f_i = 0 only where p_i = q_i), the law holds: the sum is >= 0, and > 0 when some p_i != q_i. Each
 * f_i is a 2-variable query, easy for nlsat at any n; identical f_i (symmetric rules) are asked once.
 * Returns the method's name when proved, undefined when it does not apply or a lemma fails (the
 * caller then tries the next method, which decides either way).
 *
 * Worked example (power(3/2), p_i = s_i^2, q_i = u_i^2): f_i = u^3 - (3/2) u^2 s + (1/2) s^3 =
 * (u - s)^2 (u + s/2) >= 0, zero only at s = u.
 */
export async function proveSeparable(c: ProofContext, inst: LawInstance): Promise<string | undefined> {
  if (inst.law !== 'proper' && inst.law !== 'strictly-proper') return undefined;
  const tick = () => c.budget.check();
  const plan = separablePlan(c.rule, inst, c.n, tick);
  const parts = plan && separableSplit(plan.gap, c.n, plan.constraints, tick);
  if (!plan || !parts) return undefined;
  const { ctx } = c.session;
  const [X, Y] = [ctx.Real.const('x'), ctx.Real.const('y')];
  const lemmas = new Map<string, SeparableLemma>();
  parts.forEach((fi, i) => {
    const rename = { [`p${i}`]: X, [`q${i}`]: Y };
    const positive = c.domain === 'interior' ? [X.gt(0), Y.gt(0)] : [X.ge(0), Y.ge(0)];
    // Each one-coordinate term of g(p) = 1 is >= 0 (positive coefficients, non-negative coordinates), so g_i(p_i) <= 1.
    const box = [...positive, polynomialTerm(ctx, partAt(plan.constraints.g, i), rename).le(1), polynomialTerm(ctx, partAt(plan.constraints.h, i), rename).le(1)];
    const lemma = polynomialTerm(ctx, fi, rename);
    lemmas.set(lemma.sexpr(), { lemma, box, x: X, y: Y });
  });
  for (const { lemma, box, x, y } of lemmas.values()) {
    const negation = inst.law === 'proper' ? lemma.lt(0) : ctx.And(lemma.le(0), ctx.Or(lemma.lt(0), x.neq(y)));
    const r = await c.session.query([...box, negation], c.budget.slice(), () => undefined);
    if (r.status !== 'unsat') return undefined;
  }
  const letter = plan.power > 1 ? 's' : 'p';
  const how = [plan.power > 1 ? `p_i = s_i^${plan.power}` : '', plan.normalised ? `normalised to ${describeSum(plan.normalised, letter)} = 1` : ''].filter(Boolean);
  return `${lemmas.size} two-variable lemma${lemmas.size === 1 ? '' : 's'}${how.length > 0 ? ` (${how.join(', ')})` : ''}`;
}

/** sum_i c x_i^k when every term of B is c x_i^k, else B as printed. */
function describeSum(B: Polynomial, letter: string): string {
  const terms = B.monomials();
  const [m0, c0] = terms[0]!;
  const k = [...m0.values()][0];
  const uniform = terms.every(([m, c]) => c.equals(c0) && m.size === 1 && [...m.values()][0] === k);
  return uniform ? `sum_i ${c0.equals(Rational.ONE) ? '' : `${c0} `}${letter}_i^${k}` : String(B);
}
