import type { GameSpec } from './GameSpec.ts';
import type { EquilibriumVerdict } from './EquilibriumVerdict.ts';
import type { GameSolution } from './GameSolution.ts';
import type { HonestProfile } from './HonestProfile.ts';

export type { StrategyJson } from './StrategyJson.ts';
export type { EquilibriumVerdict, ViolationJson } from './EquilibriumVerdict.ts';
export type { ActionsTaken, EquilibriumReport, GameSolution } from './GameSolution.ts';
export type { HonestProfile } from './HonestProfile.ts';

/** The principal's best action argmax_a EU(q_a), or why there is none (a performative game has no actions). */
export type BestAction = { readonly kind: 'action'; readonly action: number } | { readonly kind: 'no-actions'; readonly reason: string };

/**
 * What `propercheck game` reports (all numbers exact); each part that may be missing says why:
 * - solution: the value and a certified equilibrium (zero-sum), a pure equilibrium of a general-sum
 *   game, or why none was found (GameSolution);
 * - bestAction: argmax_a EU(q_a), or why the game has none;
 * - honestAtEveryEquilibrium / bestActionAtEveryEquilibrium: over ALL equilibria of the full game (a
 *   general-sum game: its pure equilibria): holds, fails with a certified equilibrium refuting it, or
 *   undecided / not applicable with the reason (EquilibriumVerdict);
 * - honestProfile: truthful reports as a profile, and whether it is an equilibrium (HonestProfile);
 * - essentialStrategies: indices (enumeration order) of pure strategies some equilibrium plays: all of
 *   them when the game was enumerated, those of the certified strategies found otherwise;
 * - method: enumeration of the matrix, or generation (double oracle, best response over the full grid).
 */
export interface GameAnalysis {
  readonly kind: GameSpec['kind'];
  readonly scheme: string;
  readonly method: string;
  readonly strategies: bigint;
  readonly symmetric: boolean;
  readonly certifiedBy: string;
  readonly solution: GameSolution;
  readonly bestAction: BestAction;
  readonly honestAtEveryEquilibrium: EquilibriumVerdict;
  readonly bestActionAtEveryEquilibrium: EquilibriumVerdict;
  readonly honestProfile: HonestProfile;
  readonly essentialStrategies: readonly (readonly bigint[])[];
  /** One predictor: how many pure strategies are optimal (exact count over the full grid). */
  readonly optimalPureStrategies?: bigint;
  /** Double oracle: rounds and the size of the last restricted game (per seat). */
  readonly generation?: { readonly rounds: number; readonly restricted: readonly number[] };
  readonly note?: string;
}

/** Why a performative game has no principal's action (best action, actions taken, best-action verdicts). */
export const NO_ACTIONS = 'a performative game has no actions';
