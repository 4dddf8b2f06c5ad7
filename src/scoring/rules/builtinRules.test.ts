import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../certify/Comparison.ts';
import { localComparison, properComparison, strictlyProperComparison, symmetricComparison } from '../../laws/lawComparisons.ts';
import { LAW_NAMES, type LawName } from '../../core/LawName.ts';
import { SpecError } from '../../core/SpecError.ts';
import type { NumericField } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { builtinRules, ruleById } from './builtinRules.ts';
import { distributionArb, lift, verdictOf } from './ruleTestKit.ts';
import type { ScoringRule } from '../ScoringRule.ts';

type Build = <T>(F: NumericField<T>) => Comparison<T>;
const d = (...xs: string[]) => Distribution.of(xs);

/** One certified witness for every 'refuted' expectation (docs/mathematics.md SR-03..SR-06 and the rule files). */
function witness(rule: ScoringRule, law: LawName): Build {
  if (law === 'proper' || law === 'strictly-proper') {
    // SR-04 (linear: vertex beats truth) and SR-05 (zero-one: a different report ties with truth).
    const p = rule.id === 'linear' ? d('1', '0') : d('9/10', '1/10');
    const cmp = law === 'proper' ? properComparison : strictlyProperComparison;
    return (F) => cmp(F, rule, lift(F, p), lift(F, d('3/5', '2/5')));
  }
  if (law === 'local') return (F) => localComparison(F, rule, lift(F, d('1/2', '1/2', '0')), lift(F, d('1/2', '1/4', '1/4')), 0);
  // symmetric: ranked probability swaps outcomes 2 and 3 of (1, 0, 0); exponential swaps the labels.
  if (rule.outcomes.max === 2) return (F) => symmetricComparison(F, rule, lift(F, d('1', '0')), 0, [1, 0]);
  return (F) => symmetricComparison(F, rule, lift(F, Distribution.vertex(3, 0)), 2, [0, 2, 1]);
}

/** Random inputs for a law expected to hold, on n = min..min(max, 6) outcomes (local needs n >= 3). */
function randomCase(rule: ScoringRule, law: LawName): fc.Arbitrary<Build> {
  const interior = rule.domain === 'interior';
  // Binary rules are vacuously local (p_y fixes p); otherwise locality needs n >= 3 to be tested.
  const lo = law === 'local' && rule.outcomes.max > 2 ? Math.max(3, rule.outcomes.min) : rule.outcomes.min;
  const hi = Math.min(6, rule.outcomes.max);
  const sized = (n: number) => fc.tuple(distributionArb(n, n, interior), distributionArb(n, n, interior), fc.nat({ max: n - 1 }));
  return fc.integer({ min: lo, max: Math.max(lo, hi) }).chain(sized).map(([p, q, y]): Build => {
    if (law === 'proper') return (F) => properComparison(F, rule, lift(F, p), lift(F, q));
    if (law === 'strictly-proper') return (F) => strictlyProperComparison(F, rule, lift(F, p.equals(q) ? nudge(q) : p), lift(F, q));
    if (law === 'symmetric') return (F) => symmetricComparison(F, rule, lift(F, p), y, p.coords.map((_, i) => (i + y) % p.size));
    const pPrime = respread(p, y, q);
    return (F) => localComparison(F, rule, lift(F, p), lift(F, pPrime), y);
  });
}

/** p' with p'_y = p_y and the rest of the mass spread like q over the other outcomes (p itself if q allows none). */
function respread(p: Distribution, y: number, q: Distribution): Distribution {
  const rest = Rational.sum(q.coords.filter((_, i) => i !== y));
  if (rest.isZero()) return p;
  const spare = Rational.ONE.sub(p.at(y));
  return Distribution.of(p.coords.map((c, i) => (i === y ? c : spare.mul(q.at(i)).div(rest))));
}

/** A report different from q (for strict properness): halfway to a vertex other than q; interior if q is. */
function nudge(q: Distribution): Distribution {
  const v = Distribution.vertex(q.size, q.equals(Distribution.vertex(q.size, 0)) ? 1 : 0);
  return Distribution.of(q.coords.map((c, i) => c.add(v.at(i)).div(Rational.of(2))));
}

describe('builtinRules', () => {
  it('registers the SR-03 instances (and DEC-02\'s success-square) with unique ids', () => {
    const ids = builtinRules.map((r) => r.rule.id);
    expect(ids).toEqual([
      'logarithmic', 'quadratic', 'spherical', 'pseudo-spherical(3/2)', 'pseudo-spherical(3)', 'power(3/2)', 'power(3)',
      'ranked-probability', 'zero-one', 'linear', 'binary-exponential(1)', 'binary-exponential(10)', 'success-square',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states every law, consistently: strictly proper implies proper', () => {
    for (const { rule, expect: e, source } of builtinRules) {
      expect(Object.keys(e).sort(), rule.id).toEqual([...LAW_NAMES].sort());
      if (e['strictly-proper'] === 'holds') expect(e.proper, rule.id).toBe('holds');
      expect(source).toMatch(/docs\/mathematics\.md/);
    }
  });

  for (const { rule, expect: expectations } of builtinRules) {
    for (const law of LAW_NAMES) {
      if (expectations[law] === 'refuted') {
        it(`${rule.id}/${law} is refuted by a certified witness`, () => expect(verdictOf(witness(rule, law))).toBe(false));
      } else {
        it(`${rule.id}/${law} survives random cases (never certified false)`, () => {
          fc.assert(fc.property(randomCase(rule, law), (build) => verdictOf(build) !== false), { numRuns: 25 });
        });
      }
    }
  }
});

describe('ruleById', () => {
  it('finds every registered rule', () => {
    for (const entry of builtinRules) expect(ruleById(entry.rule.id)).toBe(entry);
  });

  it('builds members of the parameterised families, with canonical ids', () => {
    expect(ruleById('power(5/2)').rule.id).toBe('power(5/2)');
    expect(ruleById('power(10/4)').rule.id).toBe('power(5/2)');
    expect(ruleById('pseudo-spherical(1.25)').rule.id).toBe('pseudo-spherical(5/4)');
    expect(ruleById('binary-exponential(1/3)').rule.outcomes).toEqual({ min: 2, max: 2 });
  });

  it('throws SpecError naming the known ids for unknown ids, and for out-of-range parameters', () => {
    expect(() => ruleById('brier')).toThrow(SpecError);
    expect(() => ruleById('brier')).toThrow(/known: logarithmic, quadratic/);
    expect(() => ruleById('constructor(3)')).toThrow(SpecError);
    expect(() => ruleById('quadratic(2)')).toThrow(SpecError);
    expect(() => ruleById('power(1)')).toThrow(/power\.alpha: must be > 1/);
    expect(() => ruleById('binary-exponential(x)')).toThrow(SpecError);
  });
});
