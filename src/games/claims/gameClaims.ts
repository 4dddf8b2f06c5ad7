import type { Claim } from '../../core/Claim.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import {
  deterministicHonestUniqueClaim,
  importanceWeightedHonestUniqueClaim,
  singleAgentArgmaxHonestClaim,
  singleAgentSteeringProofClaim,
  weightedHonestEquilibriumClaim,
  zeroSumHonestEquilibriumClaim,
} from './deviationClaims.ts';
import { equilibriumReportsUniqueClaim, everyEquilibriumSelectsBestClaim } from './equilibriumClaims.ts';
import { performativeFixedPointEquilibriumClaim, pureSymmetricEquilibriumExistsClaim, symmetricEquilibriumExistsClaim } from './performativeGameClaims.ts';
import { choiceRuleClaims, maxRuleHonestClaim } from './choiceRuleClaims.ts';
import { decisionScoringNonConvexClaim, decisionScoringProperClaim } from './decisionScoringClaims.ts';
import { preferenceClaims } from './preferenceClaims.ts';
import { selfDefeatingForecastClaim, utilityPlusLargeScoreClaim, utilityPlusScoreClaim, utilityScoreClaim } from './boekenClaims.ts';

const quadratic = ruleById('quadratic').rule;
const logarithmic = ruleById('logarithmic').rule;

/** The c < 1 values ZS-05 is searched at ("refuted for every c < 1 tried"). */
const WEIGHTS: readonly [string, string][] = [['0', 'c0'], ['1/2', 'c1-2'], ['9/10', 'c9-10']];

/** Claims that hold for (or refute) every strictly proper rule, with certified comparisons: any tier. */
function perRule(rule: ScoringRule): Claim[] {
  return [
    zeroSumHonestEquilibriumClaim(rule),
    everyEquilibriumSelectsBestClaim(rule, 'optimistic-max', 'holds'),
    singleAgentArgmaxHonestClaim(rule),
    singleAgentSteeringProofClaim(rule),
    importanceWeightedHonestUniqueClaim(rule),
    deterministicHonestUniqueClaim(rule),
    ...WEIGHTS.map(([c, tag]) => weightedHonestEquilibriumClaim(rule, Rational.of(c), tag)),
    equilibriumReportsUniqueClaim(rule),
    performativeFixedPointEquilibriumClaim(rule, false, 'refuted'),
  ] as Claim[];
}

/**
 * Every game claim (docs/mathematics.md DEC-*, ZS-*, SG-05) for the registry: quadratic (rational, exact LPs where
 * needed) and logarithmic (irrational: certified interval comparisons; the claims that need an exact LP
 * over the game matrix, average-max and the performative-game existence claims, are quadratic only).
 * Under the log score the fixed point with own influence below 1/2 is only a LOCAL equilibrium (SG-05):
 * the global reading is refuted.
 */
export const gameClaims: readonly Claim[] = [
  ...perRule(quadratic),
  everyEquilibriumSelectsBestClaim(quadratic, 'average-max', 'refuted') as Claim,
  performativeFixedPointEquilibriumClaim(quadratic, true, 'holds') as Claim,
  symmetricEquilibriumExistsClaim(quadratic) as Claim,
  pureSymmetricEquilibriumExistsClaim(quadratic) as Claim,
  ...perRule(logarithmic),
  performativeFixedPointEquilibriumClaim(logarithmic, true, 'refuted') as Claim,
  ...([quadratic, logarithmic].flatMap(choiceRuleClaims) as Claim[]),
  everyEquilibriumSelectsBestClaim(quadratic, 'random-max', 'holds') as Claim,
  maxRuleHonestClaim(ruleById('success-square').rule, 'holds') as Claim,
  maxRuleHonestClaim(quadratic, 'refuted') as Claim,
  decisionScoringProperClaim as Claim,
  decisionScoringNonConvexClaim as Claim,
  utilityScoreClaim as Claim,
  utilityPlusScoreClaim as Claim,
  utilityPlusLargeScoreClaim as Claim,
  selfDefeatingForecastClaim as Claim,
  ...(preferenceClaims(quadratic) as Claim[]),
];

/**
 * The game battery `propercheck check` runs for a user's rule (expected to hold for a strictly proper rule
 * that the author calls proper): zero-sum honesty, optimistic max selecting the best action, and the
 * single-agent argmax claim (refuted for every strictly proper rule, DEC-01: a finding, not an error).
 */
export function gameBattery(rule: ScoringRule): Claim[] {
  if (rule.outcomes.min > 2 || rule.outcomes.max < 2) return []; // the battery's games have binary outcomes
  return [zeroSumHonestEquilibriumClaim(rule), everyEquilibriumSelectsBestClaim(rule, 'optimistic-max', 'holds'), singleAgentArgmaxHonestClaim(rule)] as Claim[];
}
