import type { Bool } from 'z3-solver';
import { certifyInstance } from './certifyInstance.ts';
import type { LawInstance } from './lawInstances.ts';
import type { ProofContext } from './ProofContext.ts';
import type { LawProof } from './ProofResult.ts';
import { rationalCandidates, readModel } from './rationalCandidates.ts';
import { negation, type SymbolicInstance } from './symbolicInstance.ts';

/** Why an answer is unknown: the budget, z3's memory cap (its reason says 'memout'), or what z3 said. */
export function unknownNote(c: ProofContext, reason: string | undefined): string {
  if (c.budget.ranOut(reason)) return `timeout after ${c.budget.limitMs} ms`;
  return reason !== undefined && /memout|memory/.test(reason) ? 'z3 reached its memory cap' : `solver: ${reason ?? 'unknown'}`;
}

/**
 * The negated law in one query (the method every rule falls back to): unsat proves the instance
 * (its obligations proved before), a model is turned into rational points near it and re-certified by
 * the engine (rationalCandidates, certifyInstance); `extra` are sound reductions (sorted beliefs).
 */
export async function proveDirect(c: ProofContext, inst: LawInstance, sym: SymbolicInstance, extra: readonly Bool<'main'>[]): Promise<LawProof> {
  const neg = negation(sym.comparison);
  const assertions = [...sym.domainFacts, ...sym.premises, ...extra, ...sym.side.definitionsFor([neg, ...sym.premises]), neg];
  const r = await c.session.query(assertions, c.budget.slice(), (m) => readModel(c.session, m, sym.vars));
  if (r.status === 'unsat') return { verdict: 'proved', ms: r.ms, method: 'direct' };
  if (r.status === 'unknown') return { verdict: 'unknown', ms: r.ms, method: 'direct', note: unknownNote(c, r.reason) };
  for (const point of rationalCandidates(inst, r.model!)) {
    c.budget.check();
    const counterexample = certifyInstance(c.rule, inst, point, c.domain);
    if (counterexample) return { verdict: 'refuted', ms: r.ms, method: 'direct', counterexample };
  }
  return { verdict: 'unknown', ms: r.ms, method: 'direct', note: 'the solver found a violation, but no nearby rational point certifies it exactly' };
}
