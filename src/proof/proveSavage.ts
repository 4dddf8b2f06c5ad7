import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { substitute } from './polynomialCalculus.ts';
import { samplePoints } from './samplePoints.ts';
import { certifyInstance } from './certifyInstance.ts';
import { definiteness } from './definiteness.ts';
import type { LawInstance } from './lawInstances.ts';
import type { ProofContext } from './ProofContext.ts';
import type { LawProof } from './ProofResult.ts';
import { polynomialTerm } from './proveSeparable.ts';
import { type SavageForm, savageForm } from './savageForm.ts';

/**
 * p = the barycentre and q = p + eps (d, -sum d) inside the simplex: for a quadratic G the gap
 * S(q, q) - S(p, q) is exactly (eps^2 / 2) d^T H d, so a direction of the Hessian with d^T H d < 0
 * (= 0) refutes properness (strict properness). Certified by the engine like any other point.
 */
function pointAlong(n: number, d: readonly Rational[]): Record<string, Rational[]> {
  const full = [...d, Rational.sum(d).neg()];
  const largest = full.reduce((m, v) => Rational.max(m, v.abs()), Rational.ZERO);
  const eps = Rational.ONE.div(largest.mul(Rational.of(2 * n)));
  const p = full.map(() => Rational.of(1, n));
  return { p, q: p.map((c, i) => c.add(eps.mul(full[i]!))) };
}

/** A quadratic G: its constant Hessian H decides both laws exactly (definiteness). */
function constantHessian(c: ProofContext, inst: LawInstance, H: readonly (readonly Rational[])[]): LawProof | undefined {
  const shape = definiteness(H);
  const proves = shape.kind === 'definite' || (shape.kind === 'semidefinite' && inst.law === 'proper');
  if (proves) return { verdict: 'proved', ms: 0, method: 'savage', note: `G = S(q, q) quadratic, Hessian ${shape.kind === 'definite' ? 'positive definite' : 'positive semidefinite'} on the simplex (exact LDL^T)` };
  const counterexample = certifyInstance(c.rule, inst, pointAlong(c.n, shape.direction!), c.domain);
  return counterexample ? { verdict: 'refuted', ms: 0, method: 'savage', counterexample } : undefined;
}

/** A polynomial G of higher degree: z3 looks for a point of the simplex and a direction of non-positive curvature. */
async function hessianQuery(c: ProofContext, inst: LawInstance, form: SavageForm): Promise<LawProof | undefined> {
  const { ctx } = c.session;
  const x = form.variables.map((v) => ctx.Real.const(v));
  const d = form.variables.map((_, i) => ctx.Real.const(`d${i}`));
  const vars = Object.fromEntries(form.variables.map((v, i) => [v, x[i]!]));
  const curvature = form.hessian
    .flatMap((row, i) => row.map((h, j) => polynomialTerm(ctx, h, vars).mul(d[i]!).mul(d[j]!)))
    .reduce((s, t) => s.add(t));
  const inside = c.domain === 'interior' ? x.map((v) => v.gt(0)) : x.map((v) => v.ge(0));
  const last = x.reduce((s, v) => s.add(v), ctx.Real.val(0));
  const domain = [...inside, c.domain === 'interior' ? last.lt(1) : last.le(1)];
  const negation = inst.law === 'proper' ? curvature.lt(0) : ctx.And(curvature.le(0), ctx.Or(...d.map((di) => di.neq(0))));
  const r = await c.session.query([...domain, negation], c.budget.slice(), () => undefined);
  if (r.status !== 'unsat') return undefined;
  return { verdict: 'proved', ms: r.ms, method: 'savage', note: `G = S(q, q) has a positive ${inst.law === 'proper' ? 'semidefinite' : 'definite'} Hessian on the simplex (z3)` };
}

/** p(x) at a rational point of the hull: (x, 1 - sum x). */
function valueAt(form: SavageForm, f: Polynomial, x: readonly Rational[]): Rational {
  return substitute(f, Object.fromEntries(form.variables.map((v, i) => [v, Polynomial.constant(x[i]!)]))).asConstant()!;
}

/**
 * Not the Savage form: some defect D_i is a non-zero polynomial, so at a sampled interior q with
 * D_i(q) != 0 the report p = q - eps sign(D_i) (e_i - e_{n-1}) gains to first order, and for small
 * enough eps (tried 10^-1 .. 10^-12) the engine certifies S(p, q) > S(q, q). Finds the 1e-15
 * violation of a quadratic plus 1e-7 linear score at any n, where the direct query times out.
 */
function firstOrderCounterexample(c: ProofContext, inst: LawInstance, form: SavageForm): LawProof | undefined {
  const i = form.defects.findIndex((d) => d.terms.size > 0);
  if (i < 0) return undefined;
  for (const { q } of samplePoints({ ...inst, premise: undefined, vectors: ['q'] }, c.n, 8)) {
    const x = q!.slice(0, -1);
    const sign = valueAt(form, form.defects[i]!, x).sign();
    if (sign === 0) continue;
    for (let k = 1; k <= 12; k++) {
      c.budget.check();
      const eps = Rational.of(sign).div(Rational.of(10n ** BigInt(k)));
      const p = q!.map((qj, j) => (j === i ? qj.sub(eps) : j === c.n - 1 ? qj.add(eps) : qj));
      const counterexample = certifyInstance(c.rule, inst, { p, q: q! }, c.domain);
      if (counterexample) return { verdict: 'refuted', ms: 0, method: 'savage', counterexample, note: `S is not the Savage form of G = S(q, q): a first-order gain along e_${i} - e_${c.n - 1}` };
    }
  }
  return undefined;
}

/**
 * Properness through the Savage representation (docs/mathematics.md SR-01): for a polynomial rule
 * that is the Savage form of G(q) = S(q, q) (savageForm, an exact identity), the gap is G's Bregman
 * divergence, so the law is convexity of G: a positive (semi)definite Hessian. Quadratic G (the
 * ranked probability score: not separable, its Hessian couples the cumulative sums) is decided
 * exactly, with a certified counterexample along a bad direction when it fails; higher degree asks
 * z3 for a point and a direction (sufficient only: a Hessian singular on the boundary, like
 * power(3)'s diag(6 p_i), does not prove strict convexity, and the next method is tried).
 */
export async function proveSavage(c: ProofContext, inst: LawInstance): Promise<LawProof | undefined> {
  if (inst.law !== 'proper' && inst.law !== 'strictly-proper') return undefined;
  const form = savageForm(c.rule, c.n, () => c.budget.check());
  if (!form) return undefined;
  if (form.defects.some((d) => d.terms.size > 0)) return firstOrderCounterexample(c, inst, form);
  const H = form.hessian.map((row) => row.map((h) => h.asConstant()));
  const constant = H.every((row) => row.every((h) => h !== undefined));
  return constant ? constantHessian(c, inst, H as Rational[][]) : await hessianQuery(c, inst, form);
}
