import type { Rational } from '../numbers/Rational.ts';

/** One honest profile: every seat reports truthfully; regret = the seats' best gains from deviating (0 iff an equilibrium). */
export interface HonestProfileRegret {
  readonly isEquilibrium: boolean;
  readonly regret: Rational;
}

/**
 * Truthful reports as a profile of the game, by the cases that occur:
 * - truthful (a conditional game, whose truth the spec puts on the report grid): the profile where every
 *   seat reports q(.|a) for every action;
 * - fixed-points (a performative game, where honest means a fixed point of p -> f(p, p)): the profile
 *   (p*, p*) for each fixed point p* on the grid, possibly none.
 */
export type HonestProfile =
  | ({ readonly kind: 'truthful' } & HonestProfileRegret)
  | { readonly kind: 'fixed-points'; readonly profiles: readonly ({ readonly report: readonly Rational[] } & HonestProfileRegret)[] };
