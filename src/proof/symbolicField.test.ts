import type { Arith, Expr } from 'z3-solver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { SideConditions } from './SideConditions.ts';
import { symbolicField } from './symbolicField.ts';
import { openZ3Session, type Z3Session } from './z3Session.ts';

let z3: Z3Session;
beforeAll(async () => {
  z3 = await openZ3Session();
});
afterAll(async () => {
  await z3.close();
});

describe('symbolicField', () => {
  it('ln and exp are uninterpreted functions: recorded, ln with the obligation x > 0, and congruent', async () => {
    const side = new SideConditions();
    const F = symbolicField(z3.ctx, side);
    const x = z3.ctx.Real.const('x');
    const [a, b] = [F.ln(x), F.ln(x)];
    F.exp(F.of(0));
    expect(side.transcendentals).toEqual(['ln', 'exp']);
    expect(side.obligations.map((o) => o.operation)).toEqual(['ln of x needs a positive argument']);
    // Nothing about ln is known but that it is a function: ln x = ln x is entailed, ln 1 = 0 is not.
    expect((await z3.query([a.neq(b)], 5000, () => undefined)).status).toBe('unsat');
    expect((await z3.query([F.ln(F.of(1)).neq(0)], 5000, () => undefined)).status).toBe('sat');
  });

  it('records a non-zero obligation for a symbolic divisor, none for a constant one', () => {
    const side = new SideConditions();
    const F = symbolicField(z3.ctx, side);
    const x = z3.ctx.Real.const('x');
    F.div(x, F.of('3/2'));
    expect(side.obligations).toHaveLength(0);
    F.div(F.of(1), x);
    F.div(F.of(2), x); // the same divisor: one inverse, one obligation
    expect(side.obligations).toHaveLength(1);
  });

  it('sqrt and x^(3/2) are pinned by definitions: sqrt(2)^2 = 2 and 4^(3/2) = 8 are entailed', async () => {
    const side = new SideConditions();
    const F = symbolicField(z3.ctx, side);
    const s = F.sqrt(F.of(2));
    const t = F.pow(F.of(4), '3/2');
    const r = await z3.query([...side.definitions, z3.ctx.Or(s.mul(s).neq(2), t.neq(8))], 5000, () => undefined);
    expect(r.status).toBe('unsat');
  });
});

describe('symbolicField: finite-valued terms multiply by cases', () => {
  it("zero-one's expected score sum_i q_i S(p, i) is linear (no product of two variables) and equals the plain product", async () => {
    const { ctx } = z3;
    const side = new SideConditions();
    const F = symbolicField(ctx, side);
    const [p, q] = ['p', 'q'].map((v) => [0, 1, 2].map((i) => ctx.Real.const(`${v}${i}`)));
    const rule = ruleById('zero-one').rule;
    const expected = F.sum(q!.map((qi, i) => F.mul(qi, rule.score(F, p!, i))));
    const plain = q!.map((qi, i) => qi.mul(rule.score(F, p!, i))).reduce((a, b) => a.add(b));
    const nonlinear = (e: Expr<'main'>, seen = new Set<string>()): boolean => {
      const key = e.sexpr();
      if (seen.has(key) || !ctx.isApp(e)) return false;
      seen.add(key);
      const args = e.children() as Expr<'main'>[];
      if (e.decl().name() === '*' && args.filter((a) => !ctx.isRealVal(a)).length > 1) return true;
      return args.some((a) => nonlinear(a, seen));
    };
    expect(nonlinear(expected)).toBe(false);
    expect(nonlinear(plain)).toBe(true);
    const simplex = (v: Arith<'main'>[]) => [...v.map((x) => x.ge(0)), v.reduce((a, b) => a.add(b)).eq(1)];
    const r = await z3.query([...simplex(p!), ...simplex(q!), ...side.definitionsFor([expected, plain]), expected.neq(plain)], 5000, () => undefined);
    expect(r.status).toBe('unsat');
  });
});
