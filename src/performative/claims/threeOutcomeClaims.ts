import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim } from '../../core/Claim.ts';
import type { Codec } from '../../core/Codec.ts';
import type { Json } from '../../core/Json.ts';
import { SpecError } from '../../core/SpecError.ts';
import { checkKeys, readArray, readObject, readRational } from '../../core/readJson.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { unitRational } from '../map/mapSpecArbitrary.ts';
import { evaluateRankOne, rankOneProblem, type RankOneMap } from '../map/rankOneMap.ts';
import { floatOptimum, maximiserInaccuracy, type SimplexMap, squaredInaccuracy } from '../optimum/maximiserSearch.ts';
import { interiorOptimumBound } from '../optimum/interiorOptimumBound.ts';

const R = Rational;

/** The map as a formula for the box search. */
export function rankOneFormula(map: RankOneMap): SimplexMap {
  return (F, p) => evaluateRankOne(F, map, p);
}

/** JSON codec of a rank-one map {s, axis, sign, L, breaks, slopes}; `premise` adds a claim's own conditions. */
export function rankOneCodec(premise: (map: RankOneMap, at: string) => void = () => {}): Codec<RankOneMap> {
  return {
    encode: (m) => ({ s: String(m.s), axis: m.axis, sign: m.sign, L: String(m.L), breaks: m.breaks.map(String), slopes: m.slopes.map(String) }),
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, ['s', 'axis', 'sign', 'L', 'breaks', 'slopes'], at);
      if (obj.axis !== 0 && obj.axis !== 1 && obj.axis !== 2) throw new SpecError(`${at}.axis`, 'expected 0, 1 or 2');
      if (obj.sign !== 1 && obj.sign !== -1) throw new SpecError(`${at}.sign`, 'expected 1 or -1');
      const map: RankOneMap = {
        s: readRational(obj.s, `${at}.s`),
        axis: obj.axis,
        sign: obj.sign,
        L: readRational(obj.L, `${at}.L`),
        breaks: readArray(obj.breaks, `${at}.breaks`).map((b, i) => readRational(b, `${at}.breaks[${i}]`)),
        slopes: readArray(obj.slopes, `${at}.slopes`, 1).map((b, i) => readRational(b, `${at}.slopes[${i}]`)),
      };
      const problem = rankOneProblem(map);
      if (problem) throw new SpecError(`${at}.${problem.field}`, problem.reason);
      premise(map, at);
      return map;
    },
  };
}

/** Rational s inside the valid range [L sqrt(3)/6, (1 - L/sqrt(3))/2], rounded inward to 1/1000. */
function validRange(L: Rational): [Rational, Rational] {
  const lo = Math.ceil(((L.toNumber() * Math.sqrt(3)) / 6) * 1000 + 1) / 1000;
  const hi = Math.floor(((1 - L.toNumber() / Math.sqrt(3)) / 2) * 1000 - 1) / 1000;
  return [R.of(BigInt(Math.round(lo * 1000)), 1000n), R.of(BigInt(Math.round(hi * 1000)), 1000n)];
}

/**
 * Maps of the family with Lipschitz constant L: s from `strong` (index 0 first, so counterexamples shrink to
 * the catalogue's p*) or anywhere in the valid range; any axis and sign; the linear profile (the
 * catalogue's rank-one maps) or, when `piecewise`, a random 1-Lipschitz piecewise-linear one.
 */
function rankOneArbitrary(L: Rational, strong: readonly Rational[], piecewise: boolean, range: [Rational, Rational] = validRange(L)): fc.Arbitrary<RankOneMap> {
  const [lo, hi] = range;
  const s = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: strong.length - 1 }).map((i) => strong[i]!) },
    { weight: 1, arbitrary: unitRational().map((t) => lo.add(t.mul(hi.sub(lo)))) },
  );
  const linear = fc.constant({ breaks: [] as Rational[], slopes: [R.ONE] });
  const kinked = fc
    .record({
      breaks: fc.uniqueArray(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 2 }).map((b) => [...b].sort((x, y) => x - y).map((k) => R.of(BigInt(k), 10n))),
      slopes: fc.array(fc.integer({ min: -4, max: 4 }).map((k) => R.of(BigInt(k), 4n)), { minLength: 3, maxLength: 3 }),
    })
    .map(({ breaks, slopes }) => ({ breaks, slopes: slopes.slice(0, breaks.length + 1) }));
  const profile = piecewise ? fc.oneof({ weight: 7, arbitrary: linear }, { weight: 1, arbitrary: kinked }) : linear;
  return fc
    .record({ s, axis: fc.constantFrom(0 as const, 1 as const, 2 as const), sign: fc.constantFrom(1 as const, -1 as const), profile })
    .map(({ s, axis, sign, profile }) => ({ s, axis, sign, L, ...profile }));
}

/**
 * The strictly proper rules on three outcomes the PP-12 search tries (log first: it comes closest to the
 * fixed point on this family, so a map that is no counterexample is usually settled by it).
 */
export const PP12_RULES: readonly string[] = ['logarithmic', 'quadratic', 'spherical', 'power(3)', 'power(3/2)', 'pseudo-spherical(3)', 'pseudo-spherical(3/2)', 'ranked-probability'];

/**
 * PP-12 searched (the claim expected FALSE is its negation): "for every L-Lipschitz map of the family, some
 * rule tried keeps every optimal report within delta of what it causes". Refuted by a map for which every
 * rule's every maximiser misses by more than delta, each certified by interval branch and bound
 * (maximiserInaccuracy); holds for a map when some rule's maximisers are certified within delta.
 */
export function threeOutcomeGapClaim(L: Rational, delta: Rational, strong: readonly Rational[]): Claim<{ map: RankOneMap }> {
  const rules = PP12_RULES.map((id) => ruleById(id).rule);
  const codec = rankOneCodec((map, at) => {
    if (!map.L.equals(L)) throw new SpecError(`${at}.L`, `this claim is about L = ${L}`);
  });
  return {
    id: `performative/three-outcome-some-rule-within-${String(delta).replace('/', '-')}-at-lipschitz-${String(L).replace('/', '-')}`,
    statement: `On three outcomes, for every ${L}-Lipschitz map f(p) = p* + L g phi(<w, p>) of the rank-one family (p* the unique fixed point, g, w orthonormal in T, phi 1-Lipschitz piecewise linear), one of the rules ${PP12_RULES.join(', ')} has every optimal report within ${delta} of what it causes: |f(p) - p| <= ${delta}.`,
    source: 'docs/mathematics.md PP-12 (CONJECTURE: "impossible for more than two outcomes", Oesterheld et al. 2023; searched on the rank-one family for a finite set of rules), PP-10',
    expect: 'refuted',
    // Each case costs a branch and bound per rule: instead of fast-check's many shrink steps, `simplify` offers
    // the two simpler maps that matter (the linear profile, the first strong p*), each re-certified.
    arbitrary: fc.noShrink(rankOneArbitrary(L, strong, true).map((map) => ({ map }))),
    *simplify({ map }) {
      if (map.breaks.length > 0 || !map.slopes[0]!.equals(R.ONE)) yield { map: { ...map, breaks: [], slopes: [R.ONE] } };
      if (!map.s.equals(strong[0]!) || map.axis !== 0 || map.sign !== 1) yield { map: { ...map, s: strong[0]!, axis: 0, sign: 1 } };
    },
    codec: {
      encode: ({ map }) => ({ map: codec.encode(map) }),
      decode(json, at) {
        const obj = readObject(json, at);
        checkKeys(obj, ['map'], at);
        return { map: codec.decode(obj.map, `${at}.map`) };
      },
    },
    check({ map }) {
      const formula = rankOneFormula(map);
      const certified: Record<string, string> = {};
      let unknown: string | undefined;
      for (const rule of rules) {
        const verdict = maximiserInaccuracy(rule, formula, delta).kind;
        if (verdict === 'within') return { kind: 'holds', by: { tier: 'interval', digits: 20 } };
        if (verdict === 'unknown') unknown ??= rule.id;
        else certified[rule.id] = `every optimal report has |f(p) - p| > ${delta} (float estimate ${floatInaccuracy(rule, formula).toFixed(4)})`;
      }
      if (unknown) return { kind: 'undecided', reason: `${unknown}: the branch and bound separated its maximisers from neither side of |f(p) - p| = ${delta}` };
      return { kind: 'refuted', by: { tier: 'interval', digits: 20 }, witness: { map: codec.encode(map), delta: String(delta), fixedPoint: rankOnePStar(map), everyRuleMisses: certified } as Json };
    },
  };
}

function rankOnePStar(map: RankOneMap): string[] {
  return [0, 1, 2].map((i) => String(i === map.axis ? R.ONE.sub(map.s.mul(R.of(2))) : map.s));
}

/** The inaccuracy at the float optimum, for display beside the certified statement. */
function floatInaccuracy(rule: ScoringRule, map: SimplexMap): number {
  const p = floatOptimum(rule, map).map((c) => c.toNumber());
  return Math.sqrt(squaredInaccuracy(FloatField, map, p));
}

/**
 * Rules for PP-10: strictly proper on three outcomes, G twice differentiable in the interior with a Hessian
 * positive definite on T. (Spherical and pseudo-spherical(3) qualify too, but the interval branch and bound
 * does not settle their bound within budget on all of the family, so they are left out rather than undecided.)
 */
export const PP10_RULES: readonly string[] = ['quadratic', 'logarithmic', 'power(3)', 'ranked-probability'];

/**
 * PP-10 (holds): every interior optimal report of Phi satisfies |f(p) - p| <= L |Pi grad G(p)| /
 * lambda_min(Hess G(p) on T), on the linear rank-one maps (||Df||_T = L) for the rules of PP10_RULES.
 * Certified by interval branch and bound (interiorOptimumBound): each box holds no maximiser (Phi below a
 * certified value), no interior critical point (a tangent derivative of Phi excludes 0), or meets the bound
 * throughout.
 */
export const interiorOptimumBoundClaim: Claim<{ rule: ScoringRule; map: RankOneMap }> = (() => {
  const codec = rankOneCodec();
  const lipschitz = [R.of('1/4'), R.of('1/2')];
  return {
    id: 'performative/interior-optimum-within-curvature-bound',
    statement: `On three outcomes, for the rules ${PP10_RULES.join(', ')} and the linear rank-one maps f(p) = p* + L g <w, p> (||Df||_T = L in {1/4, 1/2}, p* = 1 - 2s at one outcome and s at the others, 3/20 <= s <= 21/100), every optimal report p in the interior of the simplex satisfies |f(p) - p| <= L |Pi grad G(p)| / lambda_min(Hess G(p) restricted to T).`,
    source: 'docs/mathematics.md PP-10 (the worked example: Brier on the PP-12 map), PP-12',
    expect: 'holds',
    arbitrary: fc
      .record({ rule: fc.constantFrom(...PP10_RULES).map((id) => ruleById(id).rule), L: fc.constantFrom(...lipschitz) })
      .chain(({ rule, L }) => rankOneArbitrary(L, [R.of('1/5'), R.of('1/6')], false, [R.of('3/20'), R.of('21/100')]).map((map) => ({ rule, map }))),
    codec: {
      encode: ({ rule, map }) => ({ rule: rule.id, map: codec.encode(map) }),
      decode(json, at) {
        const obj = readObject(json, at);
        checkKeys(obj, ['rule', 'map'], at);
        if (typeof obj.rule !== 'string' || !PP10_RULES.includes(obj.rule)) throw new SpecError(`${at}.rule`, `this claim is about ${PP10_RULES.join(', ')}`);
        const map = codec.decode(obj.map, `${at}.map`);
        if (map.breaks.length > 0 || !map.slopes[0]!.equals(R.ONE)) throw new SpecError(`${at}.map.slopes`, 'PP-10 is searched on the linear rank-one maps (slope 1, no breaks)');
        if (map.s.lt(R.of('3/20')) || map.s.gt(R.of('21/100'))) throw new SpecError(`${at}.map.s`, 'this claim is about 3/20 <= s <= 21/100');
        if (!lipschitz.some((l) => l.equals(map.L))) throw new SpecError(`${at}.map.L`, 'this claim is about L = 1/4 or 1/2');
        return { rule: ruleById(obj.rule).rule, map };
      },
    },
    check({ rule, map }): CaseOutcome {
      const out = interiorOptimumBound(rule, rankOneFormula(map), map.L);
      if (out.kind === 'holds') return { kind: 'holds', by: { tier: 'interval', digits: 20 } };
      if (out.kind === 'violated') {
        return { kind: 'refuted', by: { tier: 'interval', digits: 20 }, witness: { rule: rule.id, map: codec.encode(map), reason: 'every maximiser is interior and breaks the bound', boxes: out.evaluations } };
      }
      return { kind: 'undecided', reason: `interval branch and bound could not settle the bound near a critical point (${out.evaluations} boxes)` };
    },
  };
})();
