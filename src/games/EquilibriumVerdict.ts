import type { Json } from '../core/Json.ts';
import type { StrategyJson } from './StrategyJson.ts';

/** A certified equilibrium (one strategy per seat) that plays a pair of pure strategies violating a property, and that pair. */
export type ViolationJson = { readonly pair: Json; readonly equilibrium: readonly StrategyJson[] };

/**
 * Whether a property (honest on the actions taken, or taking the best action) holds at every equilibrium
 * of a game, and why not, or why it is not known:
 * - holds: certified over every equilibrium (a general-sum game: every pure equilibrium);
 * - fails: a certified equilibrium that plays a pair of pure strategies violating the property;
 * - undecided: a work limit stopped the search, or there is nothing to range over (the reason says
 *   which); never a guess;
 * - not-applicable: the property does not exist for this game (a performative game has no actions).
 */
export type EquilibriumVerdict =
  | { readonly kind: 'holds' }
  | { readonly kind: 'fails'; readonly violation: ViolationJson }
  | { readonly kind: 'undecided'; readonly reason: string }
  | { readonly kind: 'not-applicable'; readonly reason: string };
