import type { Bool } from 'z3-solver';
import type { LawName } from '../core/LawName.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { lawInstances, type LawInstance } from './lawInstances.ts';
import { OutsideProofTier } from './OutsideProofTier.ts';
import { ProofBudget, ProofTimeout } from './ProofBudget.ts';
import type { ProofContext } from './ProofContext.ts';
import { ProofFacts } from './ProofFacts.ts';
import type { LawProof, ProofMethod } from './ProofResult.ts';
import { proveDirect } from './proveDirect.ts';
import { identityCheck, sampledCounterexample } from './proveIdentity.ts';
import { proveObligations } from './proveObligations.ts';
import { proveSavage } from './proveSavage.ts';
import { proveSeparable } from './proveSeparable.ts';
import { symbolicInstance, type SymbolicInstance } from './symbolicInstance.ts';
import { withZ3, type Z3Session } from './z3Session.ts';

export interface ProveOptions {
  /** The budget of this law at this n: every instance, method and solver query together. */
  readonly timeoutMs: number;
  /** Defaults to the rule's own domain. */
  readonly domain?: RuleDomain;
  /** What earlier proofs about the same rule object established (proveRule shares one across laws and n). */
  readonly facts?: ProofFacts;
}

const isEquality = (law: LawName) => law === 'symmetric' || law === 'local';

/**
 * Symmetry breaking for the properness laws (a sound reduction): when S is symmetric (proved first, by
 * the solver), relabelling p and q together maps violations to violations, since
 * S(sigma p, sigma q) = sum_i q_sigma(i) S(sigma p, i) = sum_i q_sigma(i) S(p, sigma(i)) = S(p, q) and
 * S(sigma q, sigma q) = S(q, q); p != q and the domain are kept. So the search may assume
 * q_0 >= q_1 >= ... >= q_{n-1}, which cuts nlsat's work by up to n! (spherical, n = 3: 3 s -> 0.2 s).
 * Symmetry not yet known is proved here with at most a third of what remains of the budget.
 */
async function sortedBeliefs(c: ProofContext, inst: LawInstance, sym: SymbolicInstance): Promise<Bool<'main'>[]> {
  if (inst.law !== 'proper' && inst.law !== 'strictly-proper') return [];
  if (!(await knownSymmetric(c, 1 / 3))) return [];
  const q = sym.vars['q']!;
  return q.slice(1).map((qi, i) => q[i]!.ge(qi));
}

/** Whether S is proved symmetric at n: from the facts, or proved now within `share` of the remaining budget. */
async function knownSymmetric(c: ProofContext, share: number): Promise<boolean> {
  if (c.facts.isProved('symmetric', c.n, c.domain)) return true;
  const limit = Math.floor(c.budget.remaining() * share);
  if (limit < 50) return false;
  const r = await proveLaw(c.rule, 'symmetric', c.n, { timeoutMs: limit, domain: c.domain, facts: c.facts }, c.session);
  return r.verdict === 'proved';
}

/** An equality instance: exact algebra first (an identity, or a certified sampled point where the sides differ). */
async function byIdentity(c: ProofContext, inst: LawInstance, sym: SymbolicInstance): Promise<LawProof | undefined> {
  const shape = identityCheck(c, inst);
  if (shape === 'identity') return (await proveObligations(c, sym, inst)) ?? { verdict: 'proved', ms: 0, method: 'identity' };
  const counterexample = shape === 'differs' ? sampledCounterexample(c, inst) : undefined;
  return counterexample ? { verdict: 'refuted', ms: 0, method: 'identity', counterexample, note: 'the two sides differ as algebraic functions; certified at a sampled point' } : undefined;
}

/** An inequality instance: the structural methods (separable, Savage), each sufficient, before the direct query. */
async function byStructure(c: ProofContext, inst: LawInstance, sym: SymbolicInstance): Promise<LawProof | undefined> {
  const lemmas = await proveSeparable(c, inst);
  if (lemmas) return (await proveObligations(c, sym, inst)) ?? { verdict: 'proved', ms: 0, method: 'separable', note: lemmas };
  const savage = await proveSavage(c, inst);
  if (savage?.verdict === 'proved') return (await proveObligations(c, sym, inst)) ?? savage;
  return savage;
}

/**
 * The direct query, after the obligations. A law comparing values of ln / exp (uninterpreted here) that
 * no structural method settled is outside the tier: the query could only ever be sat.
 */
async function byDirect(c: ProofContext, inst: LawInstance, sym: SymbolicInstance): Promise<LawProof> {
  const uninterpreted = sym.side.transcendentals;
  const outside = (): LawProof => ({ verdict: 'outside', ms: 0, note: new OutsideProofTier(uninterpreted.join(' and ')).message });
  if (uninterpreted.length > 0 && !isEquality(inst.law)) return outside();
  const broken = await proveObligations(c, sym, inst);
  if (broken) return broken;
  const direct = await proveDirect(c, inst, sym, await sortedBeliefs(c, inst, sym));
  return direct.verdict === 'unknown' && uninterpreted.length > 0 && !c.budget.expired() ? outside() : direct;
}

/** One instance: the structural method of its kind, sampled points (inequalities), then the direct query. */
async function proveInstance(c: ProofContext, inst: LawInstance): Promise<LawProof> {
  const sym = symbolicInstance(c.session, c.rule, inst, c.n, c.domain);
  const structural = isEquality(inst.law) ? await byIdentity(c, inst, sym) : await byStructure(c, inst, sym);
  if (structural) return structural;
  // A violation on a fat set (zero-one's strictness: any p != q with the argmax of q) is met by sampling
  // at a fraction of a solver call, at any n.
  const sampled = isEquality(inst.law) ? undefined : sampledCounterexample(c, inst);
  if (sampled) return { verdict: 'refuted', ms: 0, method: 'direct', counterexample: sampled, note: 'certified at a sampled point' };
  return byDirect(c, inst, sym);
}

/** The method named for a law proved instance by instance: the one used throughout, else 'direct'. */
function summary(methods: ReadonlySet<ProofMethod | undefined>): ProofMethod | undefined {
  const used = [...methods].filter((m): m is ProofMethod => m !== undefined);
  return used.length === 1 ? used[0] : used.length > 1 ? 'direct' : undefined;
}

async function proveInstances(c: ProofContext, law: LawName): Promise<LawProof> {
  let instances = lawInstances(law, c.n);
  // Locality at one outcome is locality at all when S is symmetric: S(sigma p, sigma y) = S(p, y).
  if (law === 'local' && (await knownSymmetric(c, 0))) instances = instances.filter((i) => i.params['y'] === 0);
  let pending: LawProof | undefined;
  const methods = new Set<ProofMethod | undefined>();
  const notes = new Set<string>();
  for (const inst of instances) {
    const r = await proveInstance(c, inst);
    if (r.verdict === 'refuted' || r.verdict === 'outside') return r;
    if (r.verdict === 'unknown') pending ??= r;
    methods.add(r.method);
    if (r.note) notes.add(r.note);
  }
  if (pending) return pending;
  const method = summary(methods);
  return { verdict: 'proved', ms: 0, ...(method ? { method } : {}), ...(notes.size === 1 ? { note: [...notes][0]! } : {}) };
}

/**
 * Proves or refutes `law` for `rule` at n outcomes within `opts.timeoutMs` (the whole law at this n).
 * Laws quantified over an outcome or a permutation are split into finite instances; the law is proved
 * when every instance is, refuted by the first certified counterexample. Each instance tries the
 * structural method of its kind (docs/design.md §2, the proof tier) before the direct query. Opens
 * (and closes) its own z3 session unless one is passed.
 */
export async function proveLaw(rule: ScoringRule, law: LawName, n: number, opts: ProveOptions, session?: Z3Session): Promise<LawProof> {
  if (!session) return withZ3((s) => proveLaw(rule, law, n, opts, s));
  const budget = new ProofBudget(opts.timeoutMs);
  const c: ProofContext = { session, rule, n, domain: opts.domain ?? rule.domain, budget, facts: opts.facts ?? new ProofFacts() };
  try {
    const r = await proveInstances(c, law);
    if (r.verdict === 'proved') c.facts.recordProved(law, n, c.domain);
    return { ...r, ms: budget.elapsed() };
  } catch (e) {
    if (e instanceof ProofTimeout) return { verdict: 'unknown', ms: budget.elapsed(), note: e.message };
    throw e;
  }
}
