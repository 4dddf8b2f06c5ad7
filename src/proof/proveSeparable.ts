import type { Context } from 'z3-solver';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { LawInstance } from './lawInstances.ts';
import { Polynomial } from '../numbers/Polynomial.ts';
import { NotPolynomial, polynomialField } from '../numbers/polynomialField.ts';
import { separableSplit } from './separableSplit.ts';
import type { Term } from './symbolicField.ts';
import type { Z3Session } from './z3Session.ts';

function toTerm(ctx: Context<'main'>, f: Polynomial, vars: Readonly<Record<string, Term>>): Term {
  const terms = f.monomials().map(([m, c]) =>
    [...m].reduce<Term>((t, [v, e]) => Array.from({ length: e }).reduce<Term>((u) => u.mul(vars[v]!), t), ctx.Real.val(c.toString())),
  );
  return terms.length === 0 ? ctx.Real.val(0) : terms.reduce((s, t) => s.add(t));
}

/** f(p, q) = lhs - rhs of the law as an exact polynomial, or undefined when the rule is not polynomial. */
function lawPolynomial(rule: ScoringRule, instance: LawInstance, n: number): Polynomial | undefined {
  const vec = (name: string) => Array.from({ length: n }, (_, i) => Polynomial.variable(`${name}${i}`));
  try {
    const c = instance.comparison(polynomialField, rule, { p: vec('p'), q: vec('q') });
    return c.lhs.sub(c.rhs);
  } catch (e) {
    if (e instanceof NotPolynomial) return undefined;
    throw e;
  }
}

/**
 * A sufficient proof of (strict) properness by separation: if, on the simplex, S(q, q) - S(p, q) equals
 * f_0(p_0, q_0) + ... + f_{n-1}(p_{n-1}, q_{n-1}) (separableSplit), and every f_i >= 0 on the box
 * [0, 1]^2 (for strict: with f_i = 0 only where p_i = q_i), the law holds: the sum is >= 0, and > 0
 * when some p_i != q_i. Each f_i is a 2-variable query, easy for nlsat. Identical f_i (symmetric
 * rules) are asked once. Returns the solver time when proved, undefined when the method does not apply
 * or a lemma fails (the caller then asks the direct query, which decides either way).
 */
export async function proveSeparable(
  session: Z3Session,
  rule: ScoringRule,
  instance: LawInstance,
  n: number,
  domain: RuleDomain,
  timeoutMs: number,
): Promise<{ ms: number } | undefined> {
  if (instance.law !== 'proper' && instance.law !== 'strictly-proper') return undefined;
  const f = lawPolynomial(rule, instance, n);
  const parts = f && separableSplit(f, n);
  if (!parts) return undefined;
  const { ctx } = session;
  const P = ctx.Real.const('p');
  const Q = ctx.Real.const('q');
  const box = [P, Q].flatMap((x) => (domain === 'interior' ? [x.gt(0), x.lt(1)] : [x.ge(0), x.le(1)]));
  const lemmas = new Map<string, Term>();
  parts.forEach((fi, i) => {
    const t = toTerm(ctx, fi, { [`p${i}`]: P, [`q${i}`]: Q });
    lemmas.set(t.sexpr(), t);
  });
  let ms = 0;
  for (const fi of lemmas.values()) {
    const negation = instance.law === 'proper' ? fi.lt(0) : ctx.And(fi.le(0), ctx.Or(fi.lt(0), P.neq(Q)));
    const r = await session.query([...box, negation], timeoutMs, () => undefined);
    ms += r.ms;
    if (r.status !== 'unsat') return undefined;
  }
  return { ms };
}
