import { SpecError } from '../core/SpecError.ts';
import { expectedUtility } from '../decisions/expectedUtility.ts';
import { InexactError } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { gridIndex, reportGrid } from '../simplex/reportGrid.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { ScoreTerms } from './ScoreTerms.ts';

/** A pure strategy of the conditional game as grid indices, one per action (reports[a] = grid[digits[a]]). */
export type Digits = readonly number[];

/** The largest report grid (points per action) the tables are built for: checked before the grid is listed. */
export const MAX_GRID_POINTS = 200_000;

/** Reports of one action with the same expected utility for the principal: the decision cannot tell them apart. */
export interface Level {
  readonly eu: Rational;
  /** Grid indices, best own score first (then lowest index). */
  readonly points: readonly number[];
}

/**
 * One action a of a conditional game, tabulated once and exactly: for every grid point p its expected
 * utility EU_a(p) = p . u_a (all a decision rule reads) and its own score sigma_a(p) = S(p, q_a) (all a
 * payment reads), and the points grouped into levels of equal EU, ascending. Within a level only the
 * best score can matter to a best response (payments weight sigma_a by pi(a) >= 0), which is what makes
 * the best-response searches work level by level instead of point by point.
 */
export class ActionTable {
  readonly levels: Level[];
  readonly levelOf: number[];
  readonly truthLevel: number;
  /** best[l] = max score in level l; bestOther[l] = max over its non-truth points (null if none). */
  private readonly best: Rational[];
  private readonly bestOther: (Rational | null)[];
  /** Prefix maxima over levels 0..l (and the first level attaining them), and suffix maxima over l..end. */
  private readonly prefix: { all: MaxAt[]; other: (MaxAt | null)[] };
  readonly suffix: Rational[];
  /** Non-truth points in levels 0..l. */
  private readonly otherCount: number[];

  constructor(
    readonly eu: readonly Rational[],
    readonly score: readonly Rational[],
    readonly truth: number,
  ) {
    const order = eu.map((_, k) => k).sort((i, j) => eu[i]!.compare(eu[j]!) || score[j]!.compare(score[i]!) || i - j);
    const levels: { eu: Rational; points: number[] }[] = [];
    this.levelOf = new Array<number>(eu.length);
    for (const k of order) {
      const last = levels[levels.length - 1];
      if (last && last.eu.equals(eu[k]!)) last.points.push(k);
      else levels.push({ eu: eu[k]!, points: [k] });
      this.levelOf[k] = levels.length - 1;
    }
    this.levels = levels;
    this.truthLevel = this.levelOf[truth]!;
    this.best = levels.map((l) => score[l.points[0]!]!);
    this.bestOther = levels.map((l) => {
      const k = l.points.find((p) => p !== truth);
      return k === undefined ? null : score[k]!;
    });
    this.prefix = { all: prefixMax(this.best) as MaxAt[], other: prefixMax(this.bestOther) };
    this.suffix = suffixMax(this.best);
    let count = 0;
    this.otherCount = levels.map((l) => (count += l.points.filter((p) => p !== truth).length));
  }

  get maxScore(): Rational {
    return this.prefix.all[this.levels.length - 1]!.value;
  }

  bestAt(level: number): Rational {
    return this.best[level]!;
  }

  /** Max own score over levels lo..hi (every point, or the points other than the truth: null if none). */
  rangeMax(lo: number, hi: number, otherOnly = false): Rational | null {
    return this.rangeMaxAt(lo, hi, otherOnly)?.value ?? null;
  }

  /** The first level of lo..hi where rangeMax is attained. */
  rangeMaxAt(lo: number, hi: number, otherOnly = false): MaxAt | null {
    if (lo === 0) return (otherOnly ? this.prefix.other : this.prefix.all)[hi] ?? null;
    const values = otherOnly ? this.bestOther : this.best;
    let out: MaxAt | null = null;
    for (let l = lo; l <= hi; l++) {
      const v = values[l];
      if (v && (!out || v.gt(out.value))) out = { value: v, level: l };
    }
    return out;
  }

  /** Whether levels lo..hi hold a point other than the truth. */
  hasOther(lo: number, hi: number): boolean {
    return this.otherCount[hi]! - (lo > 0 ? this.otherCount[lo - 1]! : 0) > 0;
  }

  /** The last level with EU < e (strict) or <= e; -1 if none. */
  lastBelow(e: Rational, strict: boolean): number {
    let lo = 0;
    let hi = this.levels.length; // first level failing the test
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.levels[mid]!.eu.compare(e);
      if (strict ? c < 0 : c <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export interface MaxAt {
  readonly value: Rational;
  readonly level: number;
}

function prefixMax(values: readonly (Rational | null)[]): (MaxAt | null)[] {
  let cur: MaxAt | null = null;
  return values.map((v, l) => {
    if (v && (!cur || v.gt(cur.value))) cur = { value: v, level: l };
    return cur;
  });
}

function suffixMax(values: readonly Rational[]): Rational[] {
  const out = new Array<Rational>(values.length);
  for (let l = values.length - 1; l >= 0; l--) out[l] = l === values.length - 1 || values[l]!.gt(out[l + 1]!) ? values[l]! : out[l + 1]!;
  return out;
}

/** The tables of a conditional game: the grid and one ActionTable per action. */
export interface GameTables {
  readonly grid: readonly (readonly Rational[])[];
  readonly actions: readonly ActionTable[];
  /** The honest strategy (grid index of q_a per action). */
  readonly honest: Digits;
}

/**
 * Builds the tables, exactly: SpecError (spec.rule) for a rule that is not rational-valued on the grid
 * (the game analysis is exact for rational-valued rules only), SpecError (spec.grid) when the grid has
 * more than MAX_GRID_POINTS points per action (checked before the grid is listed).
 */
export function gameTables(spec: ConditionalGameSpec): GameTables {
  const interior = spec.rule.domain === 'interior';
  const count = gridPointCount(spec.outcomes, spec.grid, interior);
  if (count > BigInt(MAX_GRID_POINTS)) {
    throw new SpecError('spec.grid', `gives ${count} reports per action (limit ${MAX_GRID_POINTS} for the exact tables of the best-response oracles); use a coarser grid`);
  }
  const grid = reportGrid(spec.outcomes, spec.grid, interior);
  const cache = new Map<string, Rational>();
  const actions = spec.truth.map((q, a) => {
    const truth = gridIndex(grid, q);
    if (truth < 0) throw new RangeError(`truth[${a}] is not on the report grid`);
    const eu = grid.map((p) => expectedUtility(p, spec.utility[a]!));
    const score = grid.map((p) => exactScore(spec, p, q, cache));
    return new ActionTable(eu, score, truth);
  });
  return { grid, actions, honest: actions.map((t) => t.truth) };
}

function exactScore(spec: ConditionalGameSpec, p: readonly Rational[], q: readonly Rational[], cache: Map<string, Rational>): Rational {
  try {
    return ScoreTerms.of([{ coef: Rational.ONE, report: p, world: q }]).exact(spec.rule, cache, RationalField);
  } catch (error) {
    if (error instanceof InexactError) {
      throw new SpecError('spec.rule', `${spec.ruleName} is not rational-valued on this grid (${error.message}); exact equilibria are computed for rational-valued rules only (the registered claims decide irrational rules with certified intervals)`);
    }
    throw error;
  }
}

/** Points of the report grid: C(g + n - 1, n - 1) (closed), C(g - 1, n - 1) (interior). */
export function gridPointCount(n: number, g: number, interior: boolean): bigint {
  return interior ? binomial(g - 1, n - 1) : binomial(g + n - 1, n - 1);
}

function binomial(n: number, k: number): bigint {
  if (k < 0 || n < k) return 0n;
  let out = 1n;
  for (let i = 1; i <= k; i++) out = (out * BigInt(n - k + i)) / BigInt(i);
  return out;
}
