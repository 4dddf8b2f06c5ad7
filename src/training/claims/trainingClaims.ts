import type { Claim } from '../../core/Claim.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { gradientEqualityClaim } from './gradientEqualityClaim.ts';
import { convergenceWithExplorationClaim, convergenceWithoutExplorationClaim } from './gradientConvergenceClaims.ts';
import { plainRestingPointsClaim, zeroSumRestingPointsClaim } from './noAcceptClaims.ts';
import { plainStationaryClaim, selfPlayStationaryClaim } from './selfPlayStationaryClaims.ts';

const rule = (id: string) => ruleById(id).rule;
const quadratic = rule('quadratic');

/**
 * The learning-dynamics claims, instantiated per rule where they apply:
 * - gradient equality: every rule (exact derivatives for quadratic, power(3) and log; certified enclosures for spherical);
 * - convergence with / without exploration: quadratic only (the exact limit certificate uses the linear quadratic gradient);
 * - resting points of random search: quadratic and log (zero-sum, holds), quadratic (plain, refuted);
 * - stationary points in the performative game: quadratic, power(3), log (self-play, holds), quadratic (plain, refuted).
 */
export const trainingClaims: readonly Claim[] = [
  ...['quadratic', 'power(3)', 'logarithmic', 'spherical'].map((id) => gradientEqualityClaim(rule(id))),
  convergenceWithoutExplorationClaim(quadratic),
  convergenceWithExplorationClaim(quadratic),
  ...['quadratic', 'logarithmic'].map((id) => zeroSumRestingPointsClaim(rule(id))),
  plainRestingPointsClaim(quadratic),
  ...['quadratic', 'power(3)', 'logarithmic'].map((id) => selfPlayStationaryClaim(rule(id))),
  plainStationaryClaim(quadratic),
] as Claim[];
