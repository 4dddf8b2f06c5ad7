import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { type AtomTerm, atomAxioms } from './atomAxioms.ts';
import type { Atom } from './radicalField.ts';
import { openZ3Session, type Z3Session } from './z3Session.ts';

let z3: Z3Session;
beforeAll(async () => {
  z3 = await openZ3Session();
});
afterAll(async () => {
  await z3.close();
});

const atom = (kind: Atom['kind'], name: string): Atom => ({ name, kind, base: Polynomial.variable(name), e: 1n });

/** The facts for two atoms of one kind at the arguments u, v, with the atoms' values fixed. */
function factsAt(kind: 'ln' | 'exp', u: string, v: string, values: readonly [string, string]) {
  const { ctx } = z3;
  const terms: AtomTerm[] = [u, v].map((arg, i) => ({ atom: atom(kind, `@${i}`), value: ctx.Real.val(values[i]!), argument: ctx.Real.val(arg) }));
  return atomAxioms(ctx, terms);
}

const approx = (x: number) => Rational.of(x.toPrecision(17)).toString();

describe('atomAxioms', () => {
  it('hold for the real ln and exp (float values, far from every equality): the facts are not mistyped', async () => {
    const args = ['1/3', '1/2', '2', '3'];
    for (const u of args) {
      for (const v of args.filter((w) => w !== u)) {
        const [x, y] = [Rational.of(u).toNumber(), Rational.of(v).toNumber()];
        expect((await z3.query(factsAt('ln', u, v, [approx(Math.log(x)), approx(Math.log(y))]), 5000, () => 0)).status).toBe('sat');
        expect((await z3.query(factsAt('exp', u, v, [approx(Math.exp(x)), approx(Math.exp(y))]), 5000, () => 0)).status).toBe('sat');
      }
    }
  });

  it('are what makes Gibbs provable: y (ln y - ln x) + x - y < 0 is unsat with them, sat without', async () => {
    const { ctx } = z3;
    const [x, y, a, b] = ['x', 'y', 'a', 'b'].map((n) => ctx.Real.const(n));
    const gibbs = y!.mul(b!.sub(a!)).add(x!).sub(y!).lt(0);
    const box = [x!.gt(0), y!.gt(0), x!.le(1), y!.le(1)];
    const terms: AtomTerm[] = [
      { atom: atom('ln', '@0'), value: a!, argument: x! },
      { atom: atom('ln', '@1'), value: b!, argument: y! },
    ];
    expect((await z3.query([...box, ...atomAxioms(ctx, terms), gibbs], 5000, () => 0)).status).toBe('unsat');
    expect((await z3.query([...box, gibbs], 5000, () => 0)).status).toBe('sat');
  });
});
