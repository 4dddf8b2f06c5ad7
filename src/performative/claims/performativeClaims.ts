import type { Claim } from '../../core/Claim.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import {
  bestResponseAlwaysConvergesClaim,
  bestResponseConvergesForContractionsClaim,
  rrmConvergesAtBoundaryClaim,
  rrmConvergesIffClaim,
  stableIffFixedPointClaim,
  stopGradientConvergesClaim,
} from './dynamicsClaims.ts';
import {
  fixedPointsExistClaim,
  fixedPointUniqueClaim,
  fixedPointUniqueForContractionsClaim,
  indifferentBetweenFixedPointsClaim,
  prefersExtremeFixedPointsClaim,
} from './fixedPointClaims.ts';
import {
  exponentialNaiveDistanceClaim,
  exponentialPushClaim,
  fixedPointIsOptimalClaim,
  optimumWithinBoundClaim,
  outcomeShiftClaim,
} from './optimalityClaims.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { brierLinearClosedFormClaim, brierUnclippedFormulaClaim } from './linearClosedFormClaims.ts';
import { distanceWithinTenInaccuraciesClaim, keepsWorldUncertainClaim, plateauOptimumClaim } from './steeringFamilyClaims.ts';
import { stableIsOptimalClaim, stableNearOptimalClaimTheorem, stableNearOptimalClaimWithoutTwo } from './riskClaims.ts';
import { rgdContractionClaim, riskConvexBelowRrmThresholdClaim, riskConvexConvexInZClaim, riskConvexReconstructedClaim } from './riskConjectureClaims.ts';
import { stopGradientExpectationClaim } from './stopGradientClaims.ts';
import { identityAtEveryOptimumClaim, matrixBoundClaim } from './matrixBoundClaims.ts';
import { chanAffineClaim, chanFixedPointClaim } from './chanClaims.ts';
import { interiorOptimumBoundClaim, threeOutcomeGapClaim } from './threeOutcomeClaims.ts';
import { distanceBoundClaim, inaccuracyBoundClaim, linearMapTightnessClaim, naiveDistanceBoundClaim } from './boundClaims.ts';
import {
  chequeFixedPointClaim,
  chequeNearNoPredictionClaim,
  counterfactualAnswerOptimalClaim,
  plainRewardCounterfactualClaim,
  selfConfirmingAnswerOptimalClaim,
} from './oracleClaims.ts';

/** Strictly proper rules the per-rule performative claims are instantiated for (docs/mathematics.md §3). */
const RULE_IDS = ['quadratic', 'logarithmic', 'spherical', 'power(3)', 'binary-exponential(10)'] as const;
const rules = RULE_IDS.map((id) => ruleById(id).rule);
const exponential10 = ruleById('binary-exponential(10)').rule;

/** c_S = sup |G'/G''| as the rule declares it (its binaryConvexity trait, docs/mathematics.md PP-05 table). */
function declaredCS(rule: ScoringRule): Rational {
  const bound = rule.traits?.binaryConvexity?.bound;
  if (!bound) throw new Error(`${rule.id} declares no c_S: the registry lists it for optimum-within-bound`);
  return bound;
}

/** Every performative claim (docs/mathematics.md PP-*, SG-*, PERF-*, SR-07), for the registry. */
export const performativeClaims: readonly Claim[] = [
  fixedPointsExistClaim,
  fixedPointUniqueClaim,
  fixedPointUniqueForContractionsClaim,
  ...rules.map(fixedPointIsOptimalClaim),
  ...rules.map((r) => optimumWithinBoundClaim(r, declaredCS(r))),
  exponentialPushClaim(exponential10, Rational.of(10)),
  exponentialNaiveDistanceClaim(exponential10, Rational.of(10)),
  ...rules.map(indifferentBetweenFixedPointsClaim),
  ...rules.map(prefersExtremeFixedPointsClaim),
  ...rules.map(stableIffFixedPointClaim),
  outcomeShiftClaim(quadraticRule),
  bestResponseConvergesForContractionsClaim,
  bestResponseAlwaysConvergesClaim,
  stopGradientConvergesClaim,
  rrmConvergesIffClaim,
  rrmConvergesAtBoundaryClaim,
  inaccuracyBoundClaim,
  distanceBoundClaim,
  naiveDistanceBoundClaim,
  linearMapTightnessClaim(quadraticRule),
  linearMapTightnessClaim(ruleById('logarithmic').rule),
  matrixBoundClaim(quadraticRule),
  identityAtEveryOptimumClaim(quadraticRule),
  interiorOptimumBoundClaim,
  threeOutcomeGapClaim(Rational.of('1/2'), Rational.of('1/20'), ['1/5', '1/6', '1/4'].map((s) => Rational.of(s))),
  threeOutcomeGapClaim(Rational.of('1/4'), Rational.of('1/40'), ['1/5', '1/6'].map((s) => Rational.of(s))),
  brierLinearClosedFormClaim(quadraticRule),
  brierUnclippedFormulaClaim(quadraticRule),
  plateauOptimumClaim(quadraticRule),
  distanceWithinTenInaccuraciesClaim(quadraticRule),
  keepsWorldUncertainClaim(quadraticRule),
  stopGradientExpectationClaim,
  stableIsOptimalClaim,
  stableNearOptimalClaimTheorem,
  stableNearOptimalClaimWithoutTwo,
  rgdContractionClaim,
  riskConvexReconstructedClaim,
  riskConvexConvexInZClaim,
  riskConvexBelowRrmThresholdClaim,
  counterfactualAnswerOptimalClaim,
  selfConfirmingAnswerOptimalClaim,
  plainRewardCounterfactualClaim,
  chequeFixedPointClaim,
  chequeNearNoPredictionClaim,
  chanAffineClaim,
  chanFixedPointClaim,
] as readonly Claim[];
