import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { trainingGradient } from '../trainingGradient.ts';
import { addBall, ballOf, divBall, type FixedBall, mulBall, sqrtBall, UNIT } from './fixedBall.ts';
import { gradientField } from './gradientField.ts';

/** A ball and an exact member of it (the centre moved by a fraction of the radius). */
const member = fc
  .tuple(fc.bigInt({ min: -(UNIT * 4n), max: UNIT * 4n }), fc.bigInt({ min: 0n, max: 1n << 100n }), fc.integer({ min: -1000, max: 1000 }))
  .map(([m, r, k]) => ({ ball: { m, r } as FixedBall, x: Rational.fraction(m * 1000n + r * BigInt(k), UNIT * 1000n) }));

function holds(ball: FixedBall, x: Rational): boolean {
  const lo = Rational.fraction(ball.m - ball.r, UNIT);
  const hi = Rational.fraction(ball.m + ball.r, UNIT);
  return x.ge(lo) && x.le(hi);
}

describe('fixed-point balls hold the exact results of their members', () => {
  it('add, mul, div, sqrt: random balls and members', () => {
    fc.assert(
      fc.property(member, member, ({ ball: a, x }, { ball: b, x: y }) => {
        expect(holds(addBall(a, b), x.add(y))).toBe(true);
        expect(holds(mulBall(a, b), x.mul(y))).toBe(true);
        if ((b.m < 0n ? -b.m : b.m) > b.r) expect(holds(divBall(a, b), x.div(y))).toBe(true);
        if (a.m - a.r > 0n) {
          const root = sqrtBall(a);
          // sqrt(x) in the ball: the ends squared bracket x.
          const lo = Rational.fraction(root.m - root.r, UNIT);
          const hi = Rational.fraction(root.m + root.r, UNIT);
          expect((lo.sign() <= 0 || lo.mul(lo).le(x)) && hi.mul(hi).ge(x)).toBe(true);
        }
      }),
      { numRuns: 500, seed: 2 },
    );
  });

  it('1/4 is exact, 1/3 one unit wide', () => {
    expect(ballOf(Rational.of('1/4'))).toEqual({ m: UNIT / 4n, r: 0n });
    expect(ballOf(Rational.of('1/3')).r).toBe(1n);
  });
});

describe('gradientField: the gradient of E_q S in balls holds the exact one (log: ln is never evaluated)', () => {
  it.each(['logarithmic', 'quadratic', 'spherical', 'power(3)'])('%s', (id) => {
    const rule = ruleById(id).rule;
    const point = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 3, maxLength: 3 }).map((w) => {
      const t = w.reduce((s, x) => s + x, 0);
      return w.map((x) => Rational.of(BigInt(x), BigInt(t)));
    });
    fc.assert(
      fc.property(point, point, (p, q) => {
        const G = gradientField(3);
        const balls = p.map((x) => ballOf(x));
        const total = G.sum(q.map((qy, y) => G.mul(G.fromRational(qy), rule.score(G, balls.map((b, i) => G.variable(b, i)), y))));
        const exact = trainingGradient('stop-gradient', rule, [q], [p], [Rational.ONE]);
        // Tangent parts agree: the exact tangent gradient lies within the balls' tangent part (radii add up).
        const d = total.d.map((x) => x!);
        const mean = d.reduce((s, x) => s + x.m, 0n);
        const spread = d.reduce((s, x) => s + x.r, 0n) * 2n;
        d.forEach((x, i) => {
          const centre = Rational.fraction(x.m * 3n - mean, UNIT * 3n);
          const width = exact.exact ? Rational.fraction(spread + 3n, UNIT) : Rational.of(exact.width).add(Rational.fraction(spread + 3n, UNIT));
          expect(exact.g[0]![i]!.sub(centre).abs().le(width)).toBe(true);
        });
      }),
      { numRuns: 60, seed: 4 },
    );
  });
});
