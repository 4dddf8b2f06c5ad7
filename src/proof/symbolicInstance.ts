import type { Bool } from 'z3-solver';
import type { Comparison } from '../certify/Comparison.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { LawInstance } from './lawInstances.ts';
import { SideConditions } from './SideConditions.ts';
import { symbolicField, type Term } from './symbolicField.ts';
import type { Z3Session } from './z3Session.ts';

/** A law instance as z3 terms: its vectors, what the rule needs to be defined, and the comparison. */
export interface SymbolicInstance {
  readonly vars: Readonly<Record<string, readonly Term[]>>;
  readonly side: SideConditions;
  readonly comparison: Comparison<Term>;
  /** Every vector is a distribution of the rule's domain. */
  readonly domainFacts: readonly Bool<'main'>[];
  /** p != q, or p_y = p'_y. */
  readonly premises: readonly Bool<'main'>[];
}

function simplex(x: readonly Term[], domain: RuleDomain): Bool<'main'>[] {
  const sum = x.reduce((s, t) => s.add(t));
  return [...x.map((t) => (domain === 'interior' ? t.gt(0) : t.ge(0))), sum.eq(1)];
}

/** The instance built with the symbolic field (throws OutsideProofTier for ln / exp). */
export function symbolicInstance(session: Z3Session, rule: ScoringRule, inst: LawInstance, n: number, domain: RuleDomain): SymbolicInstance {
  const { ctx } = session;
  const vars = Object.fromEntries(inst.vectors.map((name) => [name, Array.from({ length: n }, (_, i) => ctx.Real.const(`${name}${i}`))]));
  const side = new SideConditions();
  const comparison = inst.comparison(symbolicField(ctx, side), rule, vars);
  const pr = inst.premise;
  const premises =
    pr === undefined ? [] : pr.kind === 'distinct'
      ? [ctx.Or(...vars[pr.a]!.map((x, i) => x.neq(vars[pr.b]![i]!)))]
      : [vars[pr.a]![pr.index]!.eq(vars[pr.b]![pr.index]!)];
  return { vars, side, comparison, domainFacts: inst.vectors.flatMap((name) => simplex(vars[name]!, domain)), premises };
}

/** The law's comparison negated: a model of it (with the premises) is a violation. */
export function negation(c: Comparison<Term>): Bool<'main'> {
  return c.relation === '>' ? c.lhs.le(c.rhs) : c.relation === '>=' ? c.lhs.lt(c.rhs) : c.lhs.neq(c.rhs);
}
