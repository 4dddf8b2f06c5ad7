import type { Claim } from '../../claims/Claim.ts';
import { ruleById } from '../../scoring/builtinRules.ts';
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
import { fixedPointIsOptimalClaim, INACCURACY_CONSTANTS, optimumWithinBoundClaim, outcomeShiftClaim } from './optimalityClaims.ts';

/** Strictly proper rules the per-rule performative claims are instantiated for (claims.md §3). */
const RULE_IDS = ['quadratic', 'logarithmic', 'spherical', 'power(3)', 'binary-exponential(10)'] as const;
const rules = RULE_IDS.map((id) => ruleById(id).rule);

/** Every performative claim (claims.md PP-*, SG-*, PERF-*, SR-07), for the registry. */
export const performativeClaims: readonly Claim[] = [
  fixedPointsExistClaim,
  fixedPointUniqueClaim,
  fixedPointUniqueForContractionsClaim,
  ...rules.map(fixedPointIsOptimalClaim),
  ...rules.filter((r) => r.id === 'quadratic' || r.id === 'logarithmic').map((r) => optimumWithinBoundClaim(r, INACCURACY_CONSTANTS[r.id]!)),
  ...rules.map(indifferentBetweenFixedPointsClaim),
  ...rules.map(prefersExtremeFixedPointsClaim),
  ...rules.map(stableIffFixedPointClaim),
  outcomeShiftClaim(quadraticRule),
  bestResponseConvergesForContractionsClaim,
  bestResponseAlwaysConvergesClaim,
  stopGradientConvergesClaim,
  rrmConvergesIffClaim,
  rrmConvergesAtBoundaryClaim,
] as readonly Claim[];
