import type { Bool, Context } from 'z3-solver';
import type { Atom } from './radicalField.ts';
import type { Term } from './symbolicField.ts';

/** An atom of a lemma as z3 sees it: a variable standing for the atom's value, and its argument. */
export interface AtomTerm {
  readonly atom: Atom;
  readonly value: Term;
  readonly argument: Term;
}

function power(t: Term, k: bigint): Term {
  let out = t;
  for (let i = 1n; i < k; i++) out = out.mul(t);
  return out;
}

/**
 * True facts about the atoms of a lemma, instantiated for the pairs that occur, so that a query that
 * treats ln and exp as unknown values can still be unsat (sound: the real functions satisfy every
 * fact, so a real counterexample would be a model). For a, b the atoms at arguments u, v:
 * - roots t = u^(1/e): t >= 0 and t^e = u (where u >= 0);
 * - ln (strictly concave, increasing): v (a - b) <= u - v, strictly when u != v (the tangent at v;
 *   Gibbs' inequality is its sum), and u < v => a < b;
 * - exp (strictly convex, increasing, positive): a >= b (1 + u - v), strictly when u != v, a > 0,
 *   and u < v => a < b.
 */
export function atomAxioms(ctx: Context<'main'>, atoms: readonly AtomTerm[]): Bool<'main'>[] {
  const facts: Bool<'main'>[] = [];
  for (const { atom, value, argument } of atoms) {
    if (atom.kind === 'root') facts.push(ctx.Implies(argument.ge(0), ctx.And(value.ge(0), power(value, atom.e).eq(argument))));
    if (atom.kind === 'exp') facts.push(value.gt(0));
  }
  for (const a of atoms) {
    for (const b of atoms) {
      if (a === b || a.atom.kind !== b.atom.kind || a.atom.kind === 'root') continue;
      const [u, v] = [a.argument, b.argument];
      facts.push(ctx.Implies(u.lt(v), a.value.lt(b.value)));
      if (a.atom.kind === 'ln') {
        const tangent = b.argument.mul(a.value.sub(b.value));
        facts.push(ctx.Implies(ctx.And(u.gt(0), v.gt(0)), ctx.And(tangent.le(u.sub(v)), ctx.Implies(u.neq(v), tangent.lt(u.sub(v))))));
      } else {
        const tangent = b.value.mul(u.sub(v).add(1));
        facts.push(a.value.ge(tangent), ctx.Implies(u.neq(v), a.value.gt(tangent)));
      }
    }
  }
  return facts;
}
