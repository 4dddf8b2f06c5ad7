import { Rational } from '../numbers/Rational.ts';
import type { ActionTable, Digits, GameTables } from './ReportTables.ts';

/**
 * What a case fixes about the decision, for reading pi off a pair of cases without a pure profile:
 * - top: this seat's highest EU is `eu`, attained first at `action` (argmax / optimistic max read no more);
 * - free: the decision does not read this seat;
 * - eu: this seat's EU on every action;
 * - mean: a case of meanCases (the decision reads both seats' EUs on every action: pairs of cases are
 *   decided from the EU levels each case allows, equilibriumVerdicts);
 * - open: the decision depends on choices the case leaves free (importance weighting): expand it first.
 */
export type CaseKey =
  | { readonly kind: 'top'; readonly action: number; readonly eu: Rational }
  | { readonly kind: 'free' }
  | { readonly kind: 'eu'; readonly eu: readonly Rational[] }
  | { readonly kind: 'mean' }
  | { readonly kind: 'open' };

/**
 * A set of pure strategies of one seat on which its payoff against a fixed mix is SEPARABLE:
 * every report of action a lies in levels lo[a]..hi[a] (levels of ActionTable, by EU), and on the whole
 * set the payoff is constant + sum_a weight[a] sigma_a(report of a), with weight[a] >= 0. The cases of
 * a seat partition its pure strategies, so a best response is the best case with each action's report
 * chosen alone: the best score in its range where weight[a] > 0, anything in range where it is 0.
 */
export interface PayoffCase {
  readonly key: CaseKey;
  readonly lo: readonly number[];
  readonly hi: readonly number[];
  readonly weight: readonly Rational[];
  readonly constant: Rational;
}

/** The best payoff on the case (every range is nonempty by construction). */
export function caseValue(tables: GameTables, c: PayoffCase): Rational {
  let v = c.constant;
  tables.actions.forEach((t, a) => {
    const w = c.weight[a]!;
    if (w.sign() > 0) v = v.add(w.mul(t.rangeMax(c.lo[a]!, c.hi[a]!)!));
  });
  return v;
}

/** Within a case attaining its best payoff: can action a's report be the truth? something else? */
export function canReport(tables: GameTables, c: PayoffCase, a: number): { honest: boolean; other: boolean } {
  const t = tables.actions[a]!;
  const [lo, hi] = [c.lo[a]!, c.hi[a]!];
  const truthIn = t.truthLevel >= lo && t.truthLevel <= hi;
  if (c.weight[a]!.sign() === 0) return { honest: truthIn, other: t.hasOther(lo, hi) };
  const best = t.rangeMax(lo, hi)!;
  const other = t.rangeMax(lo, hi, true);
  return { honest: truthIn && t.score[t.truth]!.equals(best), other: other !== null && other.equals(best) };
}

/**
 * A pure strategy attaining the case's best payoff: the truth on every action where that is optimal,
 * else a best-scoring point; on `dishonest` actions a non-truth optimal report (the caller checked
 * canReport(..).other).
 */
export function caseStrategy(tables: GameTables, c: PayoffCase, dishonest: readonly number[] = []): Digits {
  return tables.actions.map((t, a) => {
    const can = canReport(tables, c, a);
    if (!dishonest.includes(a) && can.honest) return t.truth;
    return pointIn(t, c.lo[a]!, c.hi[a]!, c.weight[a]!.sign() > 0, dishonest.includes(a));
  });
}

function pointIn(t: ActionTable, lo: number, hi: number, scored: boolean, other: boolean): number {
  if (!scored) {
    for (let l = lo; l <= hi; l++) {
      const k = t.levels[l]!.points.find((p) => !other || p !== t.truth);
      if (k !== undefined) return k;
    }
    throw new Error('caseStrategy: an empty range (a bug)');
  }
  const best = t.rangeMax(lo, hi)!;
  for (let l = lo; l <= hi; l++) {
    const k = t.levels[l]!.points.find((p) => t.score[p]!.equals(best) && (!other || p !== t.truth));
    if (k !== undefined) return k;
  }
  throw new Error('caseStrategy: no optimal report in range (a bug)');
}

/** The number of pure strategies attaining the case's best payoff (per action: optimal reports in range). */
export function optimalCount(tables: GameTables, c: PayoffCase): bigint {
  return tables.actions.reduce((n, t, a) => {
    const scored = c.weight[a]!.sign() > 0;
    const best = scored ? t.rangeMax(c.lo[a]!, c.hi[a]!)! : Rational.ZERO;
    let k = 0n;
    for (let l = c.lo[a]!; l <= c.hi[a]!; l++) k += BigInt(t.levels[l]!.points.filter((p) => !scored || t.score[p]!.equals(best)).length);
    return n * k;
  }, 1n);
}

/** Per action of a case at its best: the levels holding an optimal report, and those holding an optimal non-truth report (ascending). */
export function optimalLevels(tables: GameTables, c: PayoffCase, a: number): { all: number[]; other: number[] } {
  const t = tables.actions[a]!;
  const scored = c.weight[a]!.sign() > 0;
  const best = scored ? t.rangeMax(c.lo[a]!, c.hi[a]!)! : undefined;
  const all: number[] = [];
  const other: number[] = [];
  for (let l = c.lo[a]!; l <= c.hi[a]!; l++) {
    const points = t.levels[l]!.points.filter((p) => !best || t.score[p]!.equals(best));
    if (points.length) all.push(l);
    if (points.some((p) => p !== t.truth)) other.push(l);
  }
  return { all, other };
}

/** A pure strategy of the case at its best with the given level per action (a non-truth report on `dishonest` actions). */
export function strategyAtLevels(tables: GameTables, c: PayoffCase, levels: readonly number[], dishonest: readonly number[] = []): Digits {
  return tables.actions.map((t, a) => {
    const best = c.weight[a]!.sign() > 0 ? t.rangeMax(c.lo[a]!, c.hi[a]!)! : undefined;
    const points = t.levels[levels[a]!]!.points.filter((p) => (!best || t.score[p]!.equals(best)) && (!dishonest.includes(a) || p !== t.truth));
    if (points.length === 0) throw new Error('strategyAtLevels: no optimal report at this level (a bug)');
    return points.includes(t.truth) ? t.truth : points[0]!;
  });
}
