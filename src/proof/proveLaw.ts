import type { Bool } from 'z3-solver';
import type { Comparison } from '../certify/Comparison.ts';
import type { LawName } from '../core/LawName.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { certifyInstance } from './certifyInstance.ts';
import { lawInstances, type LawInstance } from './lawInstances.ts';
import { OutsideProofTier } from './OutsideProofTier.ts';
import type { LawProof } from './ProofResult.ts';
import { proveSeparable } from './proveSeparable.ts';
import { rationalCandidates, readModel } from './rationalCandidates.ts';
import { SideConditions } from './SideConditions.ts';
import { symbolicField, type Term } from './symbolicField.ts';
import { withZ3, type Z3Session } from './z3Session.ts';

export interface ProveOptions {
  /** Per solver query. */
  readonly timeoutMs: number;
  /** Defaults to the rule's own domain. */
  readonly domain?: RuleDomain;
}

function negation(c: Comparison<Term>): Bool<'main'> {
  return c.relation === '>' ? c.lhs.le(c.rhs) : c.relation === '>=' ? c.lhs.lt(c.rhs) : c.lhs.neq(c.rhs);
}

function simplex(x: readonly Term[], domain: RuleDomain): Bool<'main'>[] {
  const sum = x.reduce((s, t) => s.add(t));
  return [...x.map((t) => (domain === 'interior' ? t.gt(0) : t.ge(0))), sum.eq(1)];
}

/**
 * Symmetry breaking for the properness laws (a sound reduction): when S is symmetric (proved first, by
 * the solver), relabelling p and q together maps violations to violations, since
 * S(sigma p, sigma q) = sum_i q_sigma(i) S(sigma p, i) = sum_i q_sigma(i) S(p, sigma(i)) = S(p, q) and
 * S(sigma q, sigma q) = S(q, q); p != q and the domain are kept. So the search may assume
 * q_0 >= q_1 >= ... >= q_{n-1}, which cuts nlsat's work by up to n! (spherical, n = 3: 3 s -> 0.2 s).
 */
async function sortedBeliefs(s: Z3Session, rule: ScoringRule, inst: LawInstance, n: number, domain: RuleDomain, timeoutMs: number, vars: Readonly<Record<string, Term[]>>): Promise<Bool<'main'>[]> {
  if (inst.law !== 'proper' && inst.law !== 'strictly-proper') return [];
  const symmetric = await proveLaw(rule, 'symmetric', n, { timeoutMs, domain }, s);
  if (symmetric.verdict !== 'proved') return [];
  const q = vars['q']!;
  return q.slice(1).map((qi, i) => q[i]!.ge(qi));
}

/** One instance: obligations, then the separable method, then the direct negated law. */
async function proveInstance(s: Z3Session, rule: ScoringRule, inst: LawInstance, n: number, domain: RuleDomain, timeoutMs: number): Promise<LawProof> {
  const { ctx } = s;
  const vars = Object.fromEntries(inst.vectors.map((name) => [name, Array.from({ length: n }, (_, i) => ctx.Real.const(`${name}${i}`))]));
  const side = new SideConditions();
  let cmp: Comparison<Term>;
  try {
    cmp = inst.comparison(symbolicField(ctx, side), rule, vars);
  } catch (e) {
    if (e instanceof OutsideProofTier) return { verdict: 'outside', ms: 0, note: e.message };
    throw e;
  }
  const domainFacts = [...inst.vectors.flatMap((name) => simplex(vars[name]!, domain)), ...side.definitions];
  let ms = 0;
  if (side.obligations.length > 0) {
    const broken = ctx.Or(...side.obligations.map((o) => ctx.Not(o.holds)));
    const r = await s.query([...domainFacts, broken], timeoutMs, () => undefined);
    ms += r.ms;
    if (r.status !== 'unsat') return { verdict: 'unknown', ms, note: `could not show the rule is defined on the whole ${domain} simplex (${r.status})` };
  }
  const separable = await proveSeparable(s, rule, inst, n, domain, timeoutMs);
  if (separable) return { verdict: 'proved', ms: ms + separable.ms, method: 'separable' };
  const premise = inst.premise;
  const premises =
    premise === undefined ? [] : premise.kind === 'distinct'
      ? [ctx.Or(...vars[premise.a]!.map((x, i) => x.neq(vars[premise.b]![i]!)))]
      : [vars[premise.a]![premise.index]!.eq(vars[premise.b]![premise.index]!)];
  const symmetryStarted = performance.now();
  const ordered = await sortedBeliefs(s, rule, inst, n, domain, timeoutMs, vars);
  ms += performance.now() - symmetryStarted;
  const r = await s.query([...domainFacts, ...premises, ...ordered, negation(cmp)], timeoutMs, (m) => readModel(s, m, vars));
  ms += r.ms;
  if (r.status === 'unsat') return { verdict: 'proved', ms, method: 'direct' };
  if (r.status === 'unknown') return { verdict: 'unknown', ms, method: 'direct', note: `solver: ${r.reason ?? 'unknown'}` };
  for (const point of rationalCandidates(inst, r.model!)) {
    const counterexample = certifyInstance(rule, inst, point, domain);
    if (counterexample) return { verdict: 'refuted', ms, method: 'direct', counterexample };
  }
  return { verdict: 'unknown', ms, method: 'direct', note: 'the solver found a violation, but no nearby rational point certifies it exactly' };
}

/**
 * Proves or refutes `law` for `rule` at n outcomes. Laws quantified over an outcome or a permutation
 * are split into finite instances; the law is proved when every instance is, refuted by the first
 * certified counterexample. Opens (and closes) its own z3 session unless one is passed.
 */
export async function proveLaw(rule: ScoringRule, law: LawName, n: number, opts: ProveOptions, session?: Z3Session): Promise<LawProof> {
  if (!session) return withZ3((s) => proveLaw(rule, law, n, opts, s));
  const domain = opts.domain ?? rule.domain;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let pending: LawProof | undefined;
  let method: LawProof['method'];
  for (const inst of lawInstances(law, n)) {
    const r = await proveInstance(session, rule, inst, n, domain, opts.timeoutMs);
    if (r.verdict === 'refuted' || r.verdict === 'outside') return { ...r, ms: elapsed() };
    if (r.verdict === 'unknown') pending ??= r;
    method = method === 'direct' ? method : r.method;
  }
  return pending ? { ...pending, ms: elapsed() } : { verdict: 'proved', ms: elapsed(), ...(method ? { method } : {}) };
}
