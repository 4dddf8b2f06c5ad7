import type { Json } from '../core/Json.ts';

/**
 * One player's mixed strategy: the pure strategies it plays, with exact probabilities. `reports` is one
 * report per action (a conditional game: string[][]) or the one report (a performative game: string[]).
 */
export type StrategyJson = readonly { readonly probability: string; readonly reports: Json }[];
