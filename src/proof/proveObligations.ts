import type { LawInstance } from './lawInstances.ts';
import { unknownNote } from './proveDirect.ts';
import { ProofTimeout } from './ProofBudget.ts';
import { positivityField, positivityVectors } from './positivity.ts';
import type { ProofContext } from './ProofContext.ts';
import type { LawProof } from './ProofResult.ts';
import type { SymbolicInstance } from './symbolicInstance.ts';

/** Whether the sign analysis alone shows every denominator, root and ln argument of the instance safe. */
function safeBySigns(c: ProofContext, inst: LawInstance): boolean {
  const unresolved: string[] = [];
  try {
    const { masks, vectors } = positivityVectors(inst.vectors.length, c.n);
    const F = positivityField(masks, c.domain, unresolved);
    inst.comparison(F, c.rule, Object.fromEntries(inst.vectors.map((name, k) => [name, vectors[k]!])));
  } catch {
    return false;
  }
  return unresolved.length === 0;
}

/**
 * The rule is defined wherever the instance looks (every denominator non-zero, every root of a
 * non-negative number, every ln of a positive one) on the whole domain. A proof of the law is accepted
 * only after this (z3's x/0 is an arbitrary total function). First the sign analysis (positivity.ts,
 * no solver: norms, powers of coordinates), else the negation of the obligations must be unsat.
 * Returns undefined when proved, else the `unknown` answer. Proved obligations are remembered
 * (ProofFacts): the instances of a law share the rule's denominators.
 */
export async function proveObligations(c: ProofContext, sym: SymbolicInstance, inst: LawInstance): Promise<LawProof | undefined> {
  const obligations = sym.side.obligations;
  if (obligations.length === 0 || safeBySigns(c, inst)) return undefined;
  const { ctx } = c.session;
  const broken = ctx.Or(...obligations.map((o) => ctx.Not(o.holds)));
  const key = `${c.domain} ${broken.sexpr()}`;
  if (c.facts.isDefined(key)) return undefined;
  const r = await c.session.query([...sym.domainFacts, ...sym.side.definitionsFor([broken]), broken], c.budget.slice(), () => undefined);
  if (r.status === 'unsat') {
    c.facts.recordDefined(key);
    return undefined;
  }
  if (r.status === 'unknown' && c.budget.ranOut(r.reason)) throw new ProofTimeout(c.budget.limitMs);
  return { verdict: 'unknown', ms: r.ms, note: `could not show the rule is defined on the whole ${c.domain} simplex (${r.status === 'sat' ? 'a point of the domain breaks it' : unknownNote(c, r.reason)})` };
}
