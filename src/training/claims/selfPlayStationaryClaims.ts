import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim, CheckContext, Expectation } from '../../core/Claim.ts';
import type { Codec } from '../../core/Codec.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { decodeMapSpec } from '../../performative/map/decodeMapSpec.ts';
import { encodeMapSpec } from '../../performative/map/encodeMapSpec.ts';
import { evaluateBinary } from '../../performative/map/evaluateMap.ts';
import { fixedPoints } from '../../performative/fixedPoints/fixedPoints.ts';
import type { MapSpec } from '../../performative/map/MapSpec.ts';
import { isRationalMap, mapOutcomes } from '../../performative/map/mapOutcomes.ts';
import { affineClippedArbitrary, piecewiseLinearArbitrary, stepArbitrary, unitRational } from '../../performative/map/mapSpecArbitrary.ts';
import { objectiveSlope } from '../../performative/map/objectiveSlope.ts';
import { checkKeys, readObject, readRational } from '../../core/readJson.ts';
import { decide } from '../../certify/decide.ts';
import { dualField } from '../../numbers/Dual.ts';
import type { NumericField } from '../../numbers/Field.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { selfPlaySlope } from '../selfPlaySlope.ts';

export interface SelfPlayInput {
  readonly map: MapSpec;
  /** Seat 1's share w in f(p1, p2) = map(w p1 + (1 - w) p2). */
  readonly weight: Rational;
  /** The report p = P(first outcome). */
  readonly point: Rational;
}

type Objective = 'self-play' | 'plain';

/**
 * docs/mathematics.md SG-01, SG-05, PP-03: p is a stationary point of projected gradient ascent on [0, 1] (slope
 * d = 0 inside, d <= 0 at 0, d >= 0 at 1) iff p is a fixed point of p -> f(p, p).
 * - self-play (seat 1's zero-sum payoff, differentiated through the world too; = the stop-gradient direction at
 *   p1 = p2): holds for strictly proper rules, d = G''(p)(f(p) - p).
 * - plain Phi(p) = S(p, f(p)): refuted, Phi'(p*) = f'(p*) G'(p*) at a fixed point (PP-03).
 * Decided exactly for rational rules; certified intervals otherwise ("d = 0" then means 48 equal digits).
 */
function stationaryClaim(rule: ScoringRule, objective: Objective, expect: Expectation): Claim<SelfPlayInput> {
  const interior = rule.domain === 'interior';
  const inDomain = (x: Rational) => (interior ? x.sign() > 0 && x.lt(Rational.ONE) : x.sign() >= 0 && x.le(Rational.ONE));
  const maps = fc.oneof(affineClippedArbitrary(), piecewiseLinearArbitrary(2), stepArbitrary()) as fc.Arbitrary<MapSpec>;
  return {
    id: `${rule.id}/training-${objective}-stationary-points-are-fixed-points`,
    statement:
      objective === 'self-play'
        ? `Non-conditional performative game, binary, y ~ f(w p1 + (1 - w) p2), seat 1 paid S(p1, y) - S(p2, y) with S = ${rule.id}, one model in both seats: the stationary points of projected gradient ascent on seat 1's payoff at p1 = p2 (the stop-gradient self-play direction) are exactly the fixed points of f.`
        : `Binary performative prediction with S = ${rule.id}: the stationary points of projected gradient ascent on the plain objective S(p, f(p)) are exactly the fixed points of f.`,
    source: objective === 'self-play' ? 'docs/mathematics.md SG-01, SG-02, SG-05' : 'docs/mathematics.md PP-03, PP-02',
    expect,
    arbitrary: maps.chain((map) =>
      fc.record({
        map: fc.constant(map),
        weight: fc.oneof(fc.constant(Rational.of('1/2')), unitRational()),
        point: fc.oneof(fixedPointArbitrary(map), unitRational()).filter(inDomain),
      }),
    ),
    codec: selfPlayCodec(inDomain),
    check: (input, ctx) => checkStationary(rule, objective, input, ctx),
  };
}

function checkStationary(rule: ScoringRule, objective: Objective, { map, weight, point }: SelfPlayInput, ctx: CheckContext): CaseOutcome {
  const fixed = evaluateBinary(RationalField, map, point).equals(point);
  // Stationary: slope = 0 inside, slope <= 0 at 0 (-slope >= 0), slope >= 0 at 1 (projected gradient ascent).
  const sign = point.isZero() ? Rational.ONE.neg() : Rational.ONE;
  const relation = point.isZero() || point.equals(Rational.ONE) ? ('>=' as const) : ('=' as const);
  const slope = <T,>(F: NumericField<T>): T =>
    objective === 'self-play' ? selfPlaySlope(dualField(F), rule, map, weight, point, sign) : F.mul(F.fromRational(sign), objectiveSlope(F, rule, map, point));
  // Exact with formal atoms where the rule allows (log: the derivative is rational), else certified intervals.
  const stationary = decide((F) => ({ lhs: slope(F), rhs: F.of(0), relation, labels: ['slope', '0'] }), { ...ctx, exact: 'atoms' });
  if (stationary.kind === 'undecided') return stationary;
  const isStationary = stationary.kind === 'holds';
  if (isStationary === fixed) return { kind: 'holds', by: stationary.by };
  return {
    kind: 'refuted',
    by: stationary.by,
    witness: { point: point.toString(), f: evaluateBinary(RationalField, map, point).toString(), fixedPoint: fixed, stationary: isStationary, slope: stationary.kind === 'refuted' ? stationary.witness : relation === '=' ? '0' : 'points out of [0, 1]' },
  };
}

/** The exact fixed points of a rational binary map (points and segment ends), or any point if it has none. */
function fixedPointArbitrary(map: MapSpec): fc.Arbitrary<Rational> {
  const sets = fixedPoints(map).sets;
  const xs = sets.flatMap((s) => (s.kind === 'point' ? [s.point[0]!] : s.kind === 'segment' ? [s.ends[0][0]!, s.ends[1][0]!] : []));
  return xs.length ? fc.constantFrom(...xs) : unitRational();
}

function selfPlayCodec(inDomain: (x: Rational) => boolean): Codec<SelfPlayInput> {
  return {
    encode: ({ map, weight, point }) => ({ map: encodeMapSpec(map), weight: weight.toString(), point: point.toString() }),
    decode(json, at) {
      const obj = readObject(json, at);
      checkKeys(obj, ['map', 'weight', 'point'], at);
      const map = decodeMapSpec(obj.map, `${at}.map`);
      if (mapOutcomes(map) !== 2 || !isRationalMap(map)) throw new SpecError(`${at}.map`, 'needs a rational binary map');
      const weight = readRational(obj.weight, `${at}.weight`);
      if (weight.sign() < 0 || weight.gt(Rational.ONE)) throw new SpecError(`${at}.weight`, 'must lie in [0, 1]');
      const point = readRational(obj.point, `${at}.point`);
      if (!inDomain(point)) throw new SpecError(`${at}.point`, 'must lie in the rule\'s domain ([0, 1], or (0, 1) for interior rules)');
      return { map, weight, point };
    },
  };
}

export const selfPlayStationaryClaim = (rule: ScoringRule) => stationaryClaim(rule, 'self-play', 'holds');
export const plainStationaryClaim = (rule: ScoringRule) => stationaryClaim(rule, 'plain', 'refuted');

