import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { savageRule } from '../scoring/savage.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { proveLaw } from './proveLaw.ts';
import { openZ3Session, type Z3Session } from './z3Session.ts';

// One session for the file (init ~0.2 s), closed at the end so the worker exits promptly.
let z3: Z3Session;
beforeAll(async () => {
  z3 = await openZ3Session();
});
afterAll(async () => {
  await z3.close();
});

const opts = { timeoutMs: 8000 };
const rule = (id: string) => ruleById(id).rule;

describe('proveLaw: proved', () => {
  it.each([2, 3, 4])('quadratic and power(3) are strictly proper at n = %i', async (n) => {
    expect((await proveLaw(rule('quadratic'), 'strictly-proper', n, opts, z3)).verdict).toBe('proved');
    expect((await proveLaw(rule('power(3)'), 'strictly-proper', n, opts, z3)).verdict).toBe('proved');
  });

  it.each([2, 3])('spherical (square root) is strictly proper at n = %i', async (n) => {
    expect((await proveLaw(rule('spherical'), 'strictly-proper', n, opts, z3)).verdict).toBe('proved');
  });

  it('the Savage rule of the convex quadratic G(p) = p^T A p (A positive definite, with cross terms)', async () => {
    // A = [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2 and 2 +- sqrt 2 > 0 (docs/mathematics.md SR-01).
    const A = [[2, 1, 0], [1, 2, 1], [0, 1, 2]];
    const Ap = <T>(F: Field<T>, p: readonly T[]) => A.map((row) => F.sum(row.map((a, j) => F.mul(F.of(a), p[j]!))));
    const savage = savageRule('savage-pAp', (F, p) => F.sum(Ap(F, p).map((x, i) => F.mul(x, p[i]!))), (F, p) => Ap(F, p).map((x) => F.mul(F.of(2), x)), { outcomes: { min: 3, max: 3 } });
    expect((await proveLaw(savage, 'strictly-proper', 3, opts, z3)).verdict).toBe('proved');
  });

  it('at n = 6 within the budget, by the method that fits: separable lemmas after normalising a norm, the Savage form, cases', async () => {
    const at6 = async (id: string, law: 'proper' | 'strictly-proper') => proveLaw(rule(id), law, 6, { timeoutMs: 10_000 }, z3);
    const spherical = await at6('pseudo-spherical(3/2)', 'strictly-proper');
    expect(spherical).toMatchObject({ verdict: 'proved', method: 'separable' });
    expect(spherical.note).toMatch(/p_i = s_i\^2, normalised to sum_i s_i\^3 = 1/);
    expect(await at6('ranked-probability', 'strictly-proper')).toMatchObject({ verdict: 'proved', method: 'savage' });
    expect(await at6('zero-one', 'strictly-proper')).toMatchObject({ verdict: 'refuted', method: 'direct' });
  });

  it('the Savage route refutes at first order where the rule is not the Savage form of its G (a 1e-7 tilt of quadratic)', async () => {
    const tilted: ScoringRule = { ...rule('quadratic'), id: 'tilted', score: (F, p, y) => F.add(rule('quadratic').score(F, p, y), F.mul(F.of('1e-7'), p[y]!)) };
    const r = await proveLaw(tilted, 'proper', 5, opts, z3);
    expect(r).toMatchObject({ verdict: 'refuted', method: 'savage' });
    const [truthful, report] = recheck(tilted, r.counterexample!.input as Record<string, unknown>);
    expect(truthful.lt(report)).toBe(true);
  });

  it('zero-one (if-then-else) is proper, and symmetric and local laws are decided too', async () => {
    expect((await proveLaw(rule('zero-one'), 'proper', 3, opts, z3)).verdict).toBe('proved');
    expect((await proveLaw(rule('quadratic'), 'symmetric', 3, opts, z3)).verdict).toBe('proved');
    expect((await proveLaw(rule('linear'), 'local', 3, opts, z3)).verdict).toBe('proved');
  });
});

/** The counterexample re-decided here from its JSON alone, independently of the prover. */
function recheck(r: ScoringRule, input: Record<string, string[] | unknown>): [Rational, Rational] {
  const p = (input['p'] as string[]).map((s) => Rational.of(s));
  const q = (input['q'] as string[]).map((s) => Rational.of(s));
  const S = (x: Rational[], y: Rational[]) => Rational.sum(y.map((yi, i) => yi.mul(r.score(RationalField, x, i))));
  return [S(q, q), S(p, q)];
}

describe('proveLaw: refuted with a certified rational counterexample', () => {
  it('linear is not proper', async () => {
    const r = await proveLaw(rule('linear'), 'proper', 3, opts, z3);
    expect(r.verdict).toBe('refuted');
    const [truthful, report] = recheck(rule('linear'), r.counterexample!.input as Record<string, unknown>);
    expect(truthful.lt(report)).toBe(true);
  });

  it('zero-one is not strictly proper', async () => {
    const r = await proveLaw(rule('zero-one'), 'strictly-proper', 2, opts, z3);
    expect(r.verdict).toBe('refuted');
    const input = r.counterexample!.input as Record<string, string[]>;
    expect(input['p']).not.toEqual(input['q']);
    const [truthful, report] = recheck(rule('zero-one'), input);
    expect(truthful.le(report)).toBe(true);
  });

  it('quadratic is not local (n = 3), with the outcome in the input', async () => {
    const r = await proveLaw(rule('quadratic'), 'local', 3, opts, z3);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.input).toHaveProperty('y');
  });
});

describe('proveLaw: a budget per law and n', () => {
  it('answers unknown (timeout after T ms) when the budget runs out, and stops near it', async () => {
    const r = await proveLaw(rule('zero-one'), 'proper', 6, { timeoutMs: 200 }, z3);
    expect(r).toMatchObject({ verdict: 'unknown', note: 'timeout after 200 ms' });
    expect(r.ms).toBeLessThan(200 + 1500);
  });
});

describe('proveLaw: a memory cap', () => {
  it('a session over its cap answers unknown and says why, and never crashes', async () => {
    const tight = await openZ3Session({ memoryMiB: 1 });
    try {
      const r = await proveLaw(rule('zero-one'), 'proper', 3, opts, tight);
      expect(r.verdict).toBe('unknown');
      expect(r.note).toMatch(/memory cap/);
    } finally {
      await tight.close();
    }
  });
});

/** A session whose solver never answers unsat (it says unknown), to see what is proved without it. */
function withoutUnsat(session: Z3Session): Z3Session {
  return { ...session, query: async (assertions, timeoutMs, onModel) => ({ ...(await session.query(assertions, timeoutMs, onModel)), status: 'unknown' as const, model: undefined }) };
}

describe('proveLaw: never a false proof', () => {
  it('without unsat answers, only exact certificates prove (identities, an exact LDL^T), and they say so', async () => {
    const blind = withoutUnsat(z3);
    for (const [id, law] of [['quadratic', 'strictly-proper'], ['spherical', 'proper'], ['zero-one', 'proper'], ['logarithmic', 'strictly-proper']] as const) {
      const r = await proveLaw(rule(id), law, 3, opts, blind);
      if (r.verdict === 'proved') expect(r).toMatchObject({ method: 'savage', note: expect.stringMatching(/exact LDL/) });
    }
    expect((await proveLaw(rule('spherical'), 'proper', 3, opts, blind)).verdict).not.toBe('proved');
    expect((await proveLaw(rule('quadratic'), 'symmetric', 3, opts, blind))).toMatchObject({ verdict: 'proved', method: 'identity' });
  });

  it('a rule whose ln no structure fits is outside the tier, never proved', async () => {
    // ln p_y + ln(p_0 + ... + p_{n-1}): the logarithmic rule (the second term is ln 1 on the simplex), but
    // that ln couples every coordinate, so no lemma can carry it, and no sampled point refutes it.
    const coupled: ScoringRule = { ...rule('logarithmic'), id: 'coupled-log', score: (F, p, y) => F.add(F.ln(p[y]!), F.ln(F.sum(p))) };
    const r = await proveLaw(coupled, 'strictly-proper', 3, opts, z3);
    expect(r.verdict).toBe('outside');
    expect(r.note).toMatch(/ln/);
  });

  it('negative control: quadratic with a wrong coefficient (3 p_y - sum p^2) is not proved', async () => {
    const broken: ScoringRule = {
      ...rule('quadratic'),
      id: 'broken-quadratic',
      score: (F, p, y) => F.sub(F.mul(F.of(3), p[y]!), F.sum(p.map((x) => F.mul(x, x)))),
    };
    const r = await proveLaw(broken, 'proper', 3, opts, z3);
    expect(r.verdict).toBe('refuted');
  });

  it('a division that vanishes on the boundary blocks the proof on the closed simplex only', async () => {
    // quadratic * p_0 / p_0: equal to quadratic inside, undefined where p_0 = 0; x/0 is total in z3.
    const q = rule('quadratic');
    const guarded: ScoringRule = { ...q, id: 'guarded', score: (F, p, y) => F.div(F.mul(q.score(F, p, y), p[0]!), p[0]!) };
    expect((await proveLaw(guarded, 'strictly-proper', 2, opts, z3)).verdict).toBe('unknown');
    expect((await proveLaw(guarded, 'strictly-proper', 2, { ...opts, domain: 'interior' }, z3)).verdict).toBe('proved');
  });
});
