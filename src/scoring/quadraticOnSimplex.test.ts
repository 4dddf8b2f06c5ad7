import { describe, expect, it } from 'vitest';
import type { Field } from '../numbers/Field.ts';
import { guardedScore } from '../rulefile/guardedScore.ts';
import type { ScoringRule } from './ScoringRule.ts';
import { provesQuadraticOnSimplex } from './quadraticOnSimplex.ts';

type Score = <T>(F: Field<T>, p: readonly T[], y: number) => T;
const rule = (score: Score): ScoringRule => ({ id: 'user', outcomes: { min: 2, max: 6 }, domain: 'closed', score });
/** Through the same guard as a rule file's score. */
const userRule = (score: Score): ScoringRule => rule(guardedScore('user.ts', score));
const brier: Score = (F, p, y) => F.sub(F.mul(F.of(2), p[y]!), F.sum(p.map((x) => F.mul(x, x))));

describe('provesQuadraticOnSimplex', () => {
  it('proves S = Q + a_y (Brier by hand, through the rule-file guard; division by a constant is fine)', () => {
    for (const n of [2, 3, 6]) expect(provesQuadraticOnSimplex(userRule(brier), n)).toBe(true);
    expect(provesQuadraticOnSimplex(rule((F, p, y) => F.div(brier(F, p, y), F.of(3))), 4)).toBe(true);
    expect(provesQuadraticOnSimplex(rule((F, p, y) => F.pow(p[y]!, 1)), 4)).toBe(true);
  });

  it('works on the simplex: the binary quadratic score written with p_y only is quadratic for n = 2 and not for n = 3', () => {
    const binaryOnly: Score = (F, p, y) => {
      const rest = F.sub(F.of(1), p[y]!);
      return F.sub(F.sub(F.mul(F.of(2), p[y]!), F.mul(p[y]!, p[y]!)), F.mul(rest, rest));
    };
    expect(provesQuadraticOnSimplex(rule(binaryOnly), 2)).toBe(true);
    expect(provesQuadraticOnSimplex(rule(binaryOnly), 3)).toBe(false);
  });

  it('degree <= 2 is not enough: S(p, y) = p_y^2 makes Phi cubic, and is refused', () => {
    expect(provesQuadraticOnSimplex(rule((F, p, y) => F.mul(p[y]!, p[y]!)), 3)).toBe(false);
  });

  it('fails closed on every operation outside the polynomial ring', () => {
    const outside: Score[] = [
      (F, p, y) => F.sqrt(F.mul(p[y]!, p[y]!)),
      (F, p, y) => F.ln(p[y]!),
      (F, p, y) => F.exp(p[y]!),
      (F, p, y) => F.abs(p[y]!),
      (F, p, y) => F.max(p[y]!, F.of(0)),
      (F, p, y) => F.min(p[y]!, F.of(1)),
      (F, p, y) => F.ifNonNegative(F.of(0), brier(F, p, y), brier(F, p, y)), // a branch, even a trivial one
      (F, p, y) => F.div(F.of(1), F.add(p[y]!, F.of(1))),
      (F, p, y) => F.pow(p[y]!, '1/2'),
      (F, p) => F.pow(F.sum(p), 1000),
    ];
    for (const score of outside) expect(provesQuadraticOnSimplex(userRule(score), 3), String(score)).toBe(false);
  });

  it('fails closed when the score looks at a value other than through F (the values are opaque)', () => {
    const peeking: Score[] = [
      (F, p, y) => (String(p[y]) === '0' ? F.of(5) : brier(F, p, y)),
      (F, p, y) => ((p[0] as unknown as number) < (p[1] as unknown as number) ? F.of(5) : brier(F, p, y)),
      (F, p, y) => ((p[y] as unknown as { num?: bigint }).num === 0n ? F.of(5) : brier(F, p, y)),
      (F, p, y) => (JSON.stringify(p).includes('"0"') ? F.of(5) : brier(F, p, y)),
      (F, p, y) => ('terms' in (p[y] as object) ? brier(F, p, y) : F.of(5)),
    ];
    for (const score of peeking) expect(provesQuadraticOnSimplex(userRule(score), 3), String(score)).toBe(false);
  });

  it('a score that throws, or returns a value F did not make, proves nothing', () => {
    expect(provesQuadraticOnSimplex(userRule(() => { throw new Error('no'); }), 3)).toBe(false);
    expect(provesQuadraticOnSimplex(rule((() => ({})) as Score), 3)).toBe(false);
  });
});
