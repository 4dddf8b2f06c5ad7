import type { Json } from '../core/Json.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { GameSpec } from './GameSpec.ts';

/** One player's mixed strategy: the pure strategies it plays, with exact probabilities. */
export type StrategyJson = { probability: string; reports: Json }[];

/** A certified equilibrium that plays a pair of pure strategies violating a property, and that pair. */
export interface ViolationJson {
  readonly pair: Json;
  readonly equilibrium: StrategyJson[];
}

/**
 * What `propercheck game` reports (all numbers exact):
 * - value: the game's value for player 1 (null for a general-sum weighted game);
 * - equilibrium: a certified equilibrium, one mixed strategy per seat, re-verified: maxRegret exactly 0
 *   against every pure strategy of the full game; for a single predictor, its optimal report strategy;
 * - actionDistribution / actionTaken: the principal's action distribution at that equilibrium and its most
 *   likely action (lowest index on ties); bestAction: argmax_a EU(q_a);
 * - honest: the reported equilibrium's reports on every action taken equal the truth (performative game:
 *   the reports are fixed points of p -> f(p, p));
 * - honestAtEveryEquilibrium / bestActionAtEveryEquilibrium: over ALL equilibria of the full game
 *   (null: not decided, the note says why); violations: the certified equilibrium refuting each;
 * - essentialStrategies: indices (enumeration order) of pure strategies some equilibrium plays: all of
 *   them when the game was enumerated, those of the certified strategies found otherwise;
 * - method: enumeration of the matrix, or generation (double oracle, best response over the full grid).
 */
export interface GameAnalysis {
  readonly kind: GameSpec['kind'];
  readonly scheme: string;
  readonly method: string;
  readonly strategies: bigint;
  readonly zeroSum: boolean;
  readonly symmetric: boolean;
  readonly value: Rational | null;
  readonly equilibrium: StrategyJson[] | null;
  readonly maxRegret: Rational | null;
  readonly certifiedBy: string;
  readonly actionDistribution: Rational[] | null;
  readonly actionTaken: number | null;
  readonly bestAction: number | null;
  readonly honest: boolean | null;
  readonly honestAtEveryEquilibrium: boolean | null;
  readonly bestActionAtEveryEquilibrium: boolean | null;
  readonly essentialStrategies: readonly (readonly bigint[])[];
  /** One predictor: how many pure strategies are optimal (exact count over the full grid). */
  readonly optimalPureStrategies?: bigint;
  readonly violations?: { readonly honest: ViolationJson | null; readonly best: ViolationJson | null };
  readonly honestProfile: { readonly isEquilibrium: boolean; readonly regret: Rational } | null;
  /** Double oracle: rounds and the size of the last restricted game (per seat). */
  readonly generation?: { readonly rounds: number; readonly restricted: readonly number[] };
  readonly note?: string;
}
