import { Polynomial, type Monomial } from '../numbers/Polynomial.ts';

const coordinate = (name: string): number => Number(name.replace(/^[a-zA-Z]+/, ''));

/** m with one power of v removed (v occurs in m). */
function divideOut(m: Monomial, v: string): Monomial {
  const out = new Map(m);
  const e = out.get(v)!;
  if (e === 1) out.delete(v);
  else out.set(v, e - 1);
  return out;
}

function times(m: Monomial, v: string): Monomial {
  return new Map([...m, [v, (m.get(v) ?? 0) + 1]]);
}

/**
 * One step of reduction modulo sum_i x_i = 1: finds M with c * (x_0 + ... + x_{n-1}) * M inside f
 * (equal coefficients c for every i) and replaces it by c * M. Adding a multiple of (sum x - 1)
 * leaves f unchanged on the simplex, so this is sound for any c.
 */
function absorbOnce(f: Polynomial, x: string, n: number): Polynomial | undefined {
  const names = Array.from({ length: n }, (_, i) => `${x}${i}`);
  for (const [m] of f.monomials()) {
    for (const v of names.filter((name) => m.has(name))) {
      const M = divideOut(m, v);
      const c = f.coefficient(times(M, names[0]!));
      if (c.isZero() || !names.every((name) => f.coefficient(times(M, name)).equals(c))) continue;
      const sumTimesM = names.map((name) => Polynomial.monomial(times(M, name), c));
      return sumTimesM.reduce((g, t) => g.sub(t), f).add(Polynomial.monomial(M, c));
    }
  }
  return undefined;
}

/**
 * Splits f(p, q), read on the product of two simplices, into f_0(p_0, q_0) + ... + f_{n-1}(p_{n-1}, q_{n-1})
 * when it can: first absorbs the factors (sum q_i) and (sum p_i) that expected scores produce
 * (S(p, q) = sum_i q_i S(p, i) carries (sum_i q_i) * G(p)), then spreads the constant term c as
 * c * sum_i q_i. Returns undefined when a monomial still couples two coordinates.
 *
 * Why: nlsat's cost grows doubly exponentially with the number of variables (cylindrical algebraic
 * decomposition), so power(3) at n = 4 (8 variables, degree 3) times out, while each f_i has 2.
 */
export function separableSplit(f: Polynomial, n: number): readonly Polynomial[] | undefined {
  let g = f;
  for (let step = 0; step < 10_000; step++) {
    const next = absorbOnce(g, 'q', n) ?? absorbOnce(g, 'p', n);
    if (!next) break;
    g = next;
  }
  const c0 = g.coefficient(new Map());
  const parts: Polynomial[] = Array.from({ length: n }, (_, i) => Polynomial.variable(`q${i}`).mul(Polynomial.constant(c0)));
  for (const [m, c] of g.monomials()) {
    if (m.size === 0) continue;
    const indices = new Set([...m.keys()].map(coordinate));
    if (indices.size !== 1) return undefined;
    const i = [...indices][0]!;
    parts[i] = parts[i]!.add(Polynomial.monomial(m, c));
  }
  return parts;
}
