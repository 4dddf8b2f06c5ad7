import { decideByUtilities } from '../decisions/decide.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ViolationSearch } from '../solvers/everyEquilibrium.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import { profileDecision } from './conditionalOracle.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { canReport, caseStrategy, optimalLevels, strategyAtLevels, type PayoffCase } from './PayoffCase.ts';
import type { Digits, GameTables } from './ReportTables.ts';
import { optimalCases } from './seatBestResponse.ts';
import { seatProblem, topWeights } from './SeatProblem.ts';

/** The property asked of every equilibrium: honest on every action taken, or taking the best action. */
export type VerdictKind = 'honest' | 'best';

const MAX_PAIRS = 4_000_000;
const MAX_EXPANDED = 20_000;

/**
 * The structured search of everyEquilibrium for the conditional game: a pair of pure best responses
 * (seat 1's to y0, seat 2's to x0) violating the property, found case by case (each seat's optimal
 * cases against the other's mix, seatBestResponse.optimalCases) without listing strategies: on a pair of
 * cases the decision pi is fixed (caseDecision), and within a case every action's optimal reports are
 * free of one another, so "some taken action can be reported dishonestly" is read per action.
 */
export function conditionalViolationSearch(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, symmetric: boolean, value: Rational): ViolationSearch<Digits, Digits> {
  return (x0, y0) => {
    const rows = optimalCases(seatProblem(spec, tables, 0, y0), value);
    const cols = symmetric ? 'same' : optimalCases(seatProblem(spec, tables, 1, x0), value.neg());
    const pair = findViolation(kind, spec, tables, rows, cols);
    return pair && [pair[0]!, pair[1]!];
  };
}

/** "Every optimum has the property" for one predictor: holds, fails on an optimal pure strategy, or undecided (a work limit). */
export type SingleVerdict =
  | { readonly kind: 'holds' }
  | { readonly kind: 'fails'; readonly witness: Digits }
  | { readonly kind: 'undecided'; readonly reason: string };

/**
 * "Every optimal strategy has the property", for one predictor: its optimal (mixed) strategies are the
 * mixtures of its optimal pure strategies, which are exactly the optimal cases' strategies.
 */
export function everySingleOptimum(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, cases: readonly PayoffCase[]): SingleVerdict {
  try {
    const bad = findViolation(kind, spec, tables, cases, undefined);
    return bad ? { kind: 'fails', witness: bad[0]! } : { kind: 'holds' };
  } catch (error) {
    if (error instanceof GenerationLimitError) return { kind: 'undecided', reason: `not decided: ${error.message}` };
    throw error;
  }
}

/** The optimal cases of one predictor against nothing, with 'open' cases expanded so pi is fixed on each. */
export function singleOptimalCases(spec: ConditionalGameSpec, tables: GameTables, value: Rational): PayoffCase[] {
  return [...optimalCases(seatProblem(spec, tables, 0, []), value)].flatMap((c) => (c.key.kind === 'open' ? expand(tables, c) : [c]));
}

/**
 * A pair of optimal cases (one per seat; none for one predictor; 'same': a symmetric game, seat 2's cases
 * are seat 1's) on which the property fails, as explicit pure strategies (re-checked on the explicit
 * profile). Both streams are read alternately and every new case is paired with those already read, so
 * the search stops at the first violation without listing the rest.
 */
function findViolation(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, rows: Iterable<PayoffCase>, cols: Iterable<PayoffCase> | 'same' | undefined): Digits[] | undefined {
  const best = argmaxLowest(spec.truth.map((q, a) => Rational.sum(q.map((p, y) => p.mul(spec.utility[a]![y]!)))));
  let pairs = 0;
  const check = (row: Seen, col: Seen | undefined): Digits[] | undefined => {
    if (++pairs > MAX_PAIRS) throw new GenerationLimitError('search', `more than ${MAX_PAIRS} pairs of optimal cases`);
    const pair = row.c.key.kind === 'mean' ? meanViolation(kind, spec, tables, row.c, col!.c, best) : keyedViolation(kind, spec, tables, row.c, col?.c, row.other, col?.other, best);
    return pair && confirmed(kind, spec, tables, pair, best);
  };
  const seen = (c: PayoffCase): Seen => ({ c, other: tables.actions.map((_, a) => canReport(tables, c, a).other) });
  const R: Seen[] = [];
  const C: Seen[] = [];
  const rowIt = rows[Symbol.iterator]();
  const colIt = cols === undefined || cols === 'same' ? undefined : cols[Symbol.iterator]();
  for (let more = true; more; ) {
    more = false;
    const r = rowIt.next();
    if (!r.done) {
      more = true;
      const row = seen(r.value);
      R.push(row);
      if (cols === undefined) {
        const pair = check(row, undefined);
        if (pair) return pair;
      }
      const partners = cols === 'same' ? R : C;
      for (const col of partners) {
        const pair = check(row, col) ?? (cols === 'same' && col !== row ? check(col, row) : undefined);
        if (pair) return pair;
      }
    }
    const c = colIt?.next();
    if (c && !c.done) {
      more = true;
      const col = seen(c.value);
      C.push(col);
      for (const row of R) {
        const pair = check(row, col);
        if (pair) return pair;
      }
    }
  }
  return undefined;
}

interface Seen {
  readonly c: PayoffCase;
  readonly other: readonly boolean[];
}

/** A violating pair of strategies from two cases whose keys fix pi (caseDecision). */
function keyedViolation(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, row: PayoffCase, col: PayoffCase | undefined, rowOther: readonly boolean[], colOther: readonly boolean[] | undefined, best: number): Digits[] | undefined {
  const pi = caseDecision(spec, row, col);
  if (kind === 'best') return argmaxLowest(pi) !== best ? [caseStrategy(tables, row), ...(col ? [caseStrategy(tables, col)] : [])] : undefined;
  const a = pi.findIndex((p, b) => p.sign() > 0 && (rowOther[b] || (colOther && colOther[b])));
  if (a < 0) return undefined;
  return [caseStrategy(tables, row, rowOther[a] ? [a] : []), ...(col ? [caseStrategy(tables, col, rowOther[a] ? [] : [a])] : [])];
}

/**
 * Two mean cases (meanCases): each action's EU may take any of the levels the case allows at its best, and
 * pi (weights top / rest on argmax_a of EU_1(a) + EU_2(a)) depends on all of them. Whether SOME pair
 * takes action c is monotone (raise c's EUs, lower the others'), so it is decided at the extremes:
 * c's highest allowed levels (for a dishonest report on c: its highest level holding one), every other
 * action's lowest. With rest > 0 every action is taken, and honesty fails iff some report can be
 * dishonest; with top = rest pi is uniform and its most likely action is 0.
 */
function meanViolation(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, row: PayoffCase, col: PayoffCase, best: number): Digits[] | undefined {
  const { top, rest } = topWeights(spec.decision, tables.actions.length);
  const seats = [row, col].map((c) => tables.actions.map((_, a) => optimalLevels(tables, c, a)));
  const low = seats.map((lv) => lv.map((l) => l.all[0]!));
  const eu = (a: number, l: number) => tables.actions[a]!.levels[l]!.eu;
  const pairAt = (c: number, l0: number, l1: number, dishonestSeat?: number): Digits[] =>
    [0, 1].map((s) => strategyAtLevels(tables, s === 0 ? row : col, low[s]!.map((l, a) => (a === c ? (s === 0 ? l0 : l1) : l)), dishonestSeat === s ? [c] : []));
  const wins = (c: number, l0: number, l1: number) => {
    const g = eu(c, l0).add(eu(c, l1));
    return tables.actions.every((_, a) => {
      if (a === c) return true;
      const h = eu(a, low[0]![a]!).add(eu(a, low[1]![a]!));
      return a < c ? g.gt(h) : g.ge(h);
    });
  };
  const highest = (s: number, c: number) => seats[s]![c]!.all[seats[s]![c]!.all.length - 1]!;
  if (kind === 'best') {
    if (top.equals(rest)) return best !== 0 ? pairAt(0, low[0]![0]!, low[1]![0]!) : undefined;
    for (let c = 0; c < tables.actions.length; c++) if (c !== best && wins(c, highest(0, c), highest(1, c))) return pairAt(c, highest(0, c), highest(1, c));
    return undefined;
  }
  for (let c = 0; c < tables.actions.length; c++) {
    for (const s of [0, 1]) {
      const other = seats[s]![c]!.other;
      if (other.length === 0) continue;
      const d = other[other.length - 1]!;
      const [l0, l1] = s === 0 ? [d, highest(1, c)] : [highest(0, c), d];
      if (rest.sign() > 0 || wins(c, l0, l1)) return pairAt(c, l0, l1, s);
    }
  }
  return undefined;
}

function confirmed(kind: VerdictKind, spec: ConditionalGameSpec, tables: GameTables, pair: Digits[], best: number): Digits[] {
  const pi = profileDecision(spec, tables, pair);
  const violates = kind === 'best' ? argmaxLowest(pi) !== best : pi.some((p, a) => p.sign() > 0 && pair.some((s) => s[a] !== tables.actions[a]!.truth));
  if (!violates) throw new Error('findViolation: the explicit pair does not violate the property (a bug)');
  return pair;
}

/** pi on every profile of the two cases (or of the one case, for one predictor): what the keys fix. */
function caseDecision(spec: ConditionalGameSpec, row: PayoffCase, col: PayoffCase | undefined): Rational[] {
  const k = spec.utility.length;
  const vertex = (c: number) => Array.from({ length: k }, (_, a) => (a === c ? Rational.ONE : Rational.ZERO));
  const [a, b] = [row.key, col?.key];
  if (b === undefined) {
    if (a.kind === 'eu') return decideByUtilities(spec.decision, [a.eu]);
    if (a.kind !== 'top') throw new Error(`caseDecision: a ${a.kind} case for one predictor (a bug)`);
    const { top, rest } = topWeights(spec.decision, k);
    return Array.from({ length: k }, (_, c) => (c === a.action ? top : rest));
  }
  if (spec.decision.kind === 'argmax' && a.kind === 'top') return vertex(a.action);
  if (a.kind === 'top' && b.kind === 'top' && spec.decision.kind === 'optimistic-max') {
    const cmp = a.eu.compare(b.eu);
    return vertex(cmp > 0 ? a.action : cmp < 0 ? b.action : Math.min(a.action, b.action));
  }
  if (a.kind === 'eu' && b.kind === 'eu') return decideByUtilities(spec.decision, [a.eu, b.eu]);
  throw new Error(`caseDecision: cases ${a.kind} x ${b.kind} under ${spec.decision.kind} (a bug)`);
}

/** An 'open' case split into single-level cases (the levels holding an optimal report, per action). */
function expand(tables: GameTables, c: PayoffCase): PayoffCase[] {
  const choices = tables.actions.map((t, a) => {
    const [lo, hi] = [c.lo[a]!, c.hi[a]!];
    const best = t.rangeMax(lo, hi)!;
    const ls: number[] = [];
    for (let l = lo; l <= hi; l++) if (c.weight[a]!.sign() === 0 || t.bestAt(l).equals(best)) ls.push(l);
    return ls;
  });
  const size = choices.reduce((n, ls) => n * ls.length, 1);
  if (size > MAX_EXPANDED) throw new GenerationLimitError('search', `more than ${MAX_EXPANDED} optimal level profiles`);
  let out: number[][] = [[]];
  for (const ls of choices) out = out.flatMap((prefix) => ls.map((l) => [...prefix, l]));
  return out.map((levels) => ({ ...c, key: { kind: 'eu', eu: levels.map((l, a) => tables.actions[a]!.levels[l]!.eu) }, lo: levels, hi: levels }));
}
