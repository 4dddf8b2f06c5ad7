import { describe, expect, it } from 'vitest';
import { radicalDerivative, radicalSubstitute } from './radicalCalculus.ts';
import { NotAlgebraic, type Radical, radicalAlgebra } from './radicalField.ts';

const algebra = (nonNegative = true) => radicalAlgebra({ nonNegative: () => nonNegative });

describe('radicalAlgebra', () => {
  it('one atom per base, whatever the order of the summands: the spherical symmetry identity reduces to 0', () => {
    const A = algebra();
    const { F } = A;
    const [x, y, z] = [A.variable('x'), A.variable('y'), A.variable('z')];
    const norm = (a: Radical, b: Radical, c: Radical) => F.sqrt(F.sum([F.mul(a, a), F.mul(b, b), F.mul(c, c)]));
    // S(sigma p, sigma y) for sigma = (0 1) and S(p, y) at y = 0: x / ||(y, x, z)|| and x / ||(x, y, z)||.
    expect(A.isZero(F.sub(F.div(x, norm(y, x, z)), F.div(x, norm(x, y, z))))).toBe(true);
    expect(A.atoms()).toHaveLength(1);
  });

  it('reduces a root modulo its relation: sqrt(b)^2 = b, sqrt(b)^3 = b sqrt(b)', () => {
    const A = algebra();
    const { F } = A;
    const b = F.add(A.variable('x'), F.of(1));
    const t = F.sqrt(b);
    expect(A.isZero(F.sub(F.mul(t, t), b))).toBe(true);
    expect(A.isZero(F.sub(F.pow(t, 3), F.mul(b, t)))).toBe(true);
  });

  it('takes perfect powers of non-negative variables exactly (the substitution p = s^2), never of signed ones', () => {
    const A = algebra();
    const s = A.variable('s');
    expect(A.isZero(A.F.sub(A.F.pow(A.F.mul(s, s), '3/2'), A.F.pow(s, 3)))).toBe(true); // (s^2)^(3/2) = s^3
    expect(A.atoms()).toHaveLength(0);
    const B = algebra(false);
    const x = B.variable('x');
    expect(B.isZero(B.F.sub(B.F.sqrt(B.F.mul(x, x)), x))).toBe(false); // sqrt(x^2) = |x|: not simplified, not claimed
  });

  it('ln and exp are atoms with no relation but congruence', () => {
    const A = algebra();
    const x = A.variable('x');
    expect(A.isZero(A.F.sub(A.F.ln(x), A.F.ln(A.F.add(x, A.F.of(0)))))).toBe(true);
    expect(A.isZero(A.F.sub(A.F.ln(A.F.mul(x, x)), A.F.mul(A.F.of(2), A.F.ln(x))))).toBe(false); // ln x^2 = 2 ln x is not known
  });

  it('branches are atoms too: max of a set in any grouping, ite by its arguments; they have no derivative', () => {
    const A = algebra();
    const { F } = A;
    const [x, y, z] = [A.variable('x'), A.variable('y'), A.variable('z')];
    expect(A.isZero(F.sub(F.max(F.max(x, y), z), F.max(z, F.max(y, x))))).toBe(true);
    expect(A.isZero(F.sub(F.max(x, y), F.min(x, y)))).toBe(false);
    const ite = (t: Radical) => F.ifNonNegative(F.sub(t, F.max(x, y)), F.of(1), F.of(0));
    expect(A.isZero(F.sub(F.add(ite(x), ite(y)), F.add(ite(y), ite(x))))).toBe(true);
    expect(() => radicalDerivative(A, F.max(x, y), 'x')).toThrow(NotAlgebraic);
  });

  it('differentiates atoms by the chain rule and substitutes through them: d/dx [y (ln y - ln x)] = -y/x, which is -1 at x = y', () => {
    const A = algebra();
    const { F } = A;
    const [x, y, t] = [A.variable('x'), A.variable('y'), A.variable('t')];
    const f = F.mul(y, F.sub(F.ln(y), F.ln(x)));
    const d = radicalDerivative(A, f, 'x');
    expect(A.isZero(F.sub(d, F.div(F.neg(y), x)))).toBe(true);
    expect(A.isZero(F.sub(radicalSubstitute(A, d, { x: t, y: t }), F.of(-1)))).toBe(true);
  });
});
