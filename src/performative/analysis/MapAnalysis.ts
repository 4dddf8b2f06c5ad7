import type { Json } from '../../core/Json.ts';
import type { ReportSetJson } from '../map/ReportSet.ts';

/** An exact value ("n/d"), or certified bounds ["lo", "hi"] on it. */
export type BoundsJson = string | readonly [string, string];

/** An optimal report set with its score, and (binary) its inaccuracy and distance to the fixed points, or (n outcomes) their squares. */
export type OptimalReportJson = ReportSetJson & {
  readonly score: BoundsJson;
  readonly inaccuracy?: BoundsJson;
  readonly distanceToFixedPoints?: BoundsJson;
  readonly inaccuracyL2Squared?: BoundsJson;
  readonly distanceToFixedPointsL2Squared?: string;
};

/** max Phi: exact, or certified bounds with a report attaining the lower one. */
export type OptimalValueJson = { readonly exact: string } | { readonly lower: string; readonly upper: string; readonly attainedAt: readonly string[] };

/** How an exact iteration ended (runIteration's DynamicsOutcome, numbers as "n/d"). */
export type DynamicsOutcomeJson =
  | { readonly kind: 'fixed-point'; readonly step: number; readonly point: readonly string[] }
  | { readonly kind: 'cycle'; readonly start: number; readonly period: number; readonly orbit: readonly (readonly string[])[] }
  | { readonly kind: 'contraction' | 'diverges'; readonly factor: string }
  | { readonly kind: 'undetermined'; readonly steps: number };

/** One dynamics run: its outcome and first iterates (stop-gradient ascent adds its step size), or why there is none. */
export type DynamicsRunJson =
  | { readonly outcome: DynamicsOutcomeJson; readonly firstIterates: readonly (readonly string[])[]; readonly eta?: string }
  | { readonly note: string };

/**
 * The document `propercheck analyze --json` prints (analyzeMap): where a part is not computed, the
 * method beside it says why (optimalValue null: optimalMethod "not computed: ..."; stableReports null:
 * stableMethod "unsupported (...)"; dynamics of an irrational map: a note).
 */
export interface MapAnalysis {
  readonly rule: string;
  readonly map: Json;
  readonly outcomes: number;
  readonly fixedPoints: readonly ReportSetJson[];
  readonly fixedPointMethod: string;
  /** 'unknown' for a map given as code (nothing is known about it but its values). */
  readonly continuous: boolean | 'unknown';
  readonly noFixedPointCertificate?: Json;
  readonly optimalReports: readonly OptimalReportJson[];
  readonly optimalMethod: string;
  /** Which KKT route ran (one active-set walk when Phi is concave) and how many faces it examined. */
  readonly optimalKkt?: { readonly method: string; readonly facesExamined: number };
  readonly optimalValue: OptimalValueJson | null;
  /** The simplex branch and bound ran out of boxes: some pieces are wider than asked. */
  readonly optimumBudgetExhausted?: boolean;
  /** Whether max Phi is attained (false: a supremum; a discontinuous map). */
  readonly optimumAttained?: boolean;
  readonly stableReports: readonly ReportSetJson[] | null;
  readonly stableMethod: string;
  readonly dynamics: { readonly bestResponse: DynamicsRunJson; readonly stopGradientAscent?: DynamicsRunJson } | { readonly note: string };
}
