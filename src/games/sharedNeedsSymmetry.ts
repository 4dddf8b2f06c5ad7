import type { GameSpec } from './GameSpec.ts';

/**
 * Why "shared" seats are refused for a game that is not symmetric. With one model in both seats only
 * profiles (x, x) are reachable; when seat 2's payoffs are not the mirror image of seat 1's (A != -A^T,
 * e.g. an argmax decision that reads seat 1's report only), the zero-sum game's equilibria need not be
 * of that form, and "the equilibrium of self-play" has no meaning propercheck could certify. Rather than
 * report an equilibrium that is not one, the spec is bad input (exit 2); "independent" seats are solved.
 */
export function sharedNeedsSymmetry(spec: GameSpec): string {
  const decision = spec.kind === 'conditional-prediction' ? ` (decision ${spec.decision.kind})` : '';
  return `"shared" (one model in both seats) needs a symmetric game, and this one${decision} is not: seat 2's payoffs are not the mirror image of seat 1's, so only profiles (x, x) are reachable and no equilibrium of the game need be one; use "independent"`;
}
