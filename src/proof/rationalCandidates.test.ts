import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { certifyInstance } from './certifyInstance.ts';
import { lawInstances } from './lawInstances.ts';
import { rationalCandidates } from './rationalCandidates.ts';

/** A model value z3 gives for an algebraic number: only a 40-digit decimal, no exact rational. */
const algebraic = (x: number) => ({ approx: Rational.of(x.toFixed(30)) });

describe('rationalCandidates', () => {
  it('turns an algebraic model into rational points on the simplex that keep p_y = p\'_y, and one certifies', () => {
    const [inst] = lawInstances('local', 3); // y = 0
    const h = 1 - Math.SQRT1_2; // an irrational coordinate shared by p and p'
    const raw = { p: [h, Math.SQRT1_2 / 2, Math.SQRT1_2 / 2].map(algebraic), pPrime: [h, Math.SQRT1_2, 0].map(algebraic) };
    const candidates = rationalCandidates(inst!, raw);
    for (const point of candidates) {
      for (const v of [point['p']!, point['pPrime']!]) {
        expect(Rational.sum(v).equals(Rational.ONE)).toBe(true);
        expect(v.every((c) => c.sign() >= 0)).toBe(true);
      }
      expect(point['p']![0]!.equals(point['pPrime']![0]!)).toBe(true);
    }
    // Some candidates leave the boundary (p'_2 = 0), moved towards the barycentre.
    expect(candidates.some((point) => point['pPrime']![2]!.sign() > 0)).toBe(true);
    const spherical = ruleById('spherical').rule;
    expect(candidates.some((point) => certifyInstance(spherical, inst!, point, 'closed') !== undefined)).toBe(true);
  });
});
