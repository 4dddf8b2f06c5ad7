import type { Bool, Context } from 'z3-solver';
import type { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import type { LawInstance } from './lawInstances.ts';
import type { ProofContext } from './ProofContext.ts';
import { type SeparablePlan, separablePlan } from './separablePlan.ts';
import { type AtomTerm, atomAxioms } from './atomAxioms.ts';
import { variablesOf } from './polynomialCalculus.ts';
import { partAt, separableSplit } from './separableSplit.ts';
import type { Term } from './symbolicField.ts';

/** A polynomial as a z3 term, its variables mapped by name. */
export function polynomialTerm(ctx: Context<'main'>, f: Polynomial, vars: Readonly<Record<string, Term>>): Term {
  const terms = f.monomials().map(([m, c]) =>
    [...m].reduce<Term>((t, [v, e]) => Array.from({ length: e }).reduce<Term>((u) => u.mul(vars[v]!), t), ctx.Real.val(c.toString())),
  );
  return terms.length === 0 ? ctx.Real.val(0) : terms.reduce((s, t) => s.add(t));
}

/** What the solver is asked about one coordinate: the lemma, the box of its variables, the atoms' facts. */
interface SeparableLemma {
  readonly lemma: Term;
  readonly facts: readonly Bool<'main'>[];
  readonly x: Term;
  readonly y: Term;
  /** The coordinates whose lemma this is (identical lemmas are asked once). */
  readonly coordinates: number[];
}

/** Coordinate i's lemma f_i(x, y), its atoms as variables pinned by their facts (atomAxioms). */
function lemmaAt(c: ProofContext, plan: SeparablePlan, fi: Polynomial, i: number): SeparableLemma {
  const { ctx } = c.session;
  const [X, Y] = [ctx.Real.const('x'), ctx.Real.const('y')];
  const names: Record<string, Term> = { [`p${i}`]: X, [`q${i}`]: Y };
  const atoms: AtomTerm[] = [];
  // Atoms in creation order: an atom's argument only mentions older atoms, already named.
  for (const atom of plan.algebra.atoms()) {
    if (!mentions(fi, atom.name, plan)) continue;
    const value = ctx.Real.const(`a${atoms.length}`);
    atoms.push({ atom, value, argument: polynomialTerm(ctx, atom.base, names) });
    names[atom.name] = value;
  }
  const positive = c.domain === 'interior' ? [X.gt(0), Y.gt(0)] : [X.ge(0), Y.ge(0)];
  // Each one-coordinate term of g(p) = 1 is >= 0 (positive coefficients, non-negative coordinates), so g_i(p_i) <= 1.
  const box = [...positive, polynomialTerm(ctx, partAt(plan.constraints.g, i), names).le(1), polynomialTerm(ctx, partAt(plan.constraints.h, i), names).le(1)];
  return { lemma: polynomialTerm(ctx, fi, names), facts: [...box, ...atomAxioms(ctx, atoms)], x: X, y: Y, coordinates: [i] };
}

/** Whether f mentions the atom, directly or through the argument of an atom it mentions. */
function mentions(f: Polynomial, name: string, plan: SeparablePlan): boolean {
  const atoms = new Map(plan.algebra.atoms().map((a) => [a.name, a]));
  const pending = [...variablesOf(f)];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const v = pending.pop()!;
    if (v === name) return true;
    if (seen.has(v)) continue;
    seen.add(v);
    const atom = atoms.get(v);
    if (atom) pending.push(...variablesOf(atom.base));
  }
  return false;
}

/**
 * A sufficient proof of (strict) properness by separation (docs/mathematics.md SR-01, SR-03): if, on
 * the domain, S(q, q) - S(p, q) equals f_0(p_0, q_0) + ... + f_{n-1}(p_{n-1}, q_{n-1}) (separablePlan,
 * separableSplit), and every f_i >= 0 on the box the coordinates range over, the law holds: the sum is
 * >= 0. Strictly: p != q differ in at least two coordinates (the constraint g(p) = 1 = g(q) is a sum
 * of increasing one-coordinate terms), so it suffices that all lemmas but at most one are strict
 * (f_i = 0 only where p_i = q_i). Each f_i is a 2-variable query (with its atoms: ln p_i, exp(K p_i),
 * pinned by atomAxioms), easy for nlsat at any n; identical f_i (symmetric rules) are asked once.
 * Returns a description when proved, undefined when the method does not apply or a lemma fails (the
 * caller then tries the next method, which decides either way).
 *
 * Worked example (power(3/2), p_i = s_i^2, q_i = u_i^2): f_i = u^3 - (3/2) u^2 s + (1/2) s^3 =
 * (u - s)^2 (u + s/2) >= 0, zero only at s = u.
 */
export async function proveSeparable(c: ProofContext, inst: LawInstance): Promise<string | undefined> {
  if (inst.law !== 'proper' && inst.law !== 'strictly-proper') return undefined;
  const tick = () => c.budget.check();
  const plan = separablePlan(c.rule, inst, c.n, tick);
  const parts = plan && separableSplit(plan.gap, c.n, { constraints: plan.constraints, tick, algebra: plan.algebra, coordinateOf: plan.coordinateOf });
  if (!plan || !parts) return undefined;
  const lemmas = new Map<string, SeparableLemma>();
  parts.forEach((fi, i) => {
    const lemma = lemmaAt(c, plan, fi, i);
    const key = lemma.lemma.sexpr();
    const known = lemmas.get(key);
    if (known) known.coordinates.push(i);
    else lemmas.set(key, lemma);
  });
  let notStrict = 0;
  for (const { lemma, facts, x, y, coordinates } of lemmas.values()) {
    const weak = await c.session.query([...facts, lemma.lt(0)], c.budget.slice(), () => undefined);
    if (weak.status !== 'unsat') return undefined;
    if (inst.law !== 'strictly-proper') continue;
    const strict = await c.session.query([...facts, lemma.le(0), x.neq(y)], c.budget.slice(), () => undefined);
    if (strict.status !== 'unsat') notStrict += coordinates.length;
    if (notStrict > 1) return undefined;
  }
  const letter = plan.power > 1 ? 's' : 'p';
  const functions = [...new Set(plan.algebra.atoms().filter((a) => a.kind !== 'root' && variablesOf(plan.gap).has(a.name)).map((a) => a.kind))];
  const how = [
    plan.power > 1 ? `p_i = s_i^${plan.power}` : '',
    plan.normalised ? `normalised to ${describeSum(plan.normalised, letter)} = 1` : '',
    functions.length > 0 ? `with the tangent facts of ${functions.join(' and ')}` : '',
  ].filter(Boolean);
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
