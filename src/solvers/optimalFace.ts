import { Rational } from '../numbers/Rational.ts';
import { LinearProgram, type LpRow } from './LinearProgram.ts';
import { exactSimplex, solveLinearProgram, type CertifiedLpSolution, type SolveOptions } from './solveLinearProgram.ts';
import type { SeatView, Weighted } from './ZeroSumOracle.ts';

/**
 * Linear programs over a seat's OPTIMAL FACE in a game too large to list (docs/design.md §9), by
 * constraint and column generation. The face is
 *   X* = { x : x guarantees the value v against every pure strategy o of the opponent },
 * one constraint per o: far too many to write down. Each LP is solved over the variables (own pure
 * strategies) and constraints (opponent's pure strategies) found so far; its primal answer is checked
 * against EVERY constraint of the full game by the opponent's exact best response (a violated o is
 * added), and where the answer rests on its dual, the dual is checked against every variable of the full
 * game by this seat's exact best response (a violated s is added: column generation). At the end both
 * checks pass, so the answer is the full game's, certified in exact arithmetic.
 */
export interface FaceState<S, O> {
  /** This seat's pure strategies (LP variables) and the opponent's (constraints) found so far. */
  readonly vars: S[];
  readonly cons: O[];
}

/**
 * An optimal strategy of the full game whose support is as large as the variables allow: the LP
 * max sum_k t_k s.t. x in the cone of strategies guaranteeing v, t_k <= x_k, t_k <= 1 (see
 * essentialRows: its optimum puts weight on every variable that SOME optimal strategy over the variables
 * plays). Its support is a set of essential strategies of the full game (each played by an optimal
 * strategy), the optimal strategies "interior" enough to make the later searches short.
 */
export async function maximalOptimalStrategy<S, O>(view: SeatView<S, O>, value: Rational, state: FaceState<S, O>, options: SolveOptions = {}): Promise<Weighted<S>[]> {
  return drive(maximalSteps(view, value, state), (lp) => solveLinearProgram(lp, options));
}

export function maximalOptimalStrategySync<S, O>(view: SeatView<S, O>, value: Rational, state: FaceState<S, O>): Weighted<S>[] {
  return driveSync(maximalSteps(view, value, state), exactSimplex);
}

/** Is the candidate ESSENTIAL (played with positive probability by some optimal strategy of the full game)? */
export type Essentiality<S, O> =
  /** Yes: an optimal strategy (certified against every opponent strategy) that plays it. */
  | { readonly essential: true; readonly strategy: Weighted<S>[] }
  /**
   * No: an optimal strategy of the OPPONENT (it concedes at most v to every pure strategy of this seat,
   * checked by this seat's exact best response) against which the candidate earns less than v. Every
   * optimal strategy of this seat is a best response to it (x^T A y = v), so none plays the candidate.
   */
  | { readonly essential: false; readonly opponent: Weighted<O>[] };

/**
 * Decides whether `candidate` is essential by the LP  max x_c  s.t.  x guarantees v against the
 * constraints, sum x = 1, x >= 0, over the variables plus the candidate. Optimum > 0 with a primal x that
 * passes the full check: essential. Optimum 0: the dual (u_o >= 0 on the constraint rows) normalised
 * is an opponent strategy y with (A y)_s <= v on every variable and (A y)_c < v (Farkas / LP duality);
 * once this seat's best response confirms max_s (A y)_s <= v over the full game, the candidate is
 * certified inessential. Both checks add what they find violated and solve again (finite: the sets grow).
 */
export async function essentiality<S, O>(view: SeatView<S, O>, value: Rational, candidate: S, state: FaceState<S, O>, options: SolveOptions = {}): Promise<Essentiality<S, O>> {
  return drive(essentialitySteps(view, value, candidate, state), (lp) => solveLinearProgram(lp, options));
}

export function essentialitySync<S, O>(view: SeatView<S, O>, value: Rational, candidate: S, state: FaceState<S, O>): Essentiality<S, O> {
  return driveSync(essentialitySteps(view, value, candidate, state), exactSimplex);
}

type Steps<T> = Generator<LinearProgram, T, CertifiedLpSolution>;

async function drive<T>(steps: Steps<T>, solve: (lp: LinearProgram) => Promise<CertifiedLpSolution>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await solve(step.value));
  return step.value;
}

function driveSync<T>(steps: Steps<T>, solve: (lp: LinearProgram) => CertifiedLpSolution): T {
  let step = steps.next();
  while (!step.done) step = steps.next(solve(step.value));
  return step.value;
}

function* maximalSteps<S, O>(view: SeatView<S, O>, value: Rational, state: FaceState<S, O>): Steps<Weighted<S>[]> {
  const payoffs = payoffCache(view);
  for (;;) {
    const m = state.vars.length;
    const zero = () => new Array<Rational>(2 * m).fill(Rational.ZERO);
    const cone: LpRow[] = state.cons.map((o) => ({ coeffs: [...state.vars.map((s) => payoffs(s, o).sub(value)), ...new Array<Rational>(m).fill(Rational.ZERO)], sense: '>=', rhs: Rational.ZERO }));
    const links: LpRow[] = state.vars.map((_, k) => ({ coeffs: zero().map((z, j) => (j === m + k ? Rational.ONE : j === k ? Rational.ONE.neg() : z)), sense: '<=', rhs: Rational.ZERO }));
    const caps: LpRow[] = state.vars.map((_, k) => ({ coeffs: zero().map((z, j) => (j === m + k ? Rational.ONE : z)), sense: '<=', rhs: Rational.ONE }));
    const sol = yield LinearProgram.of(zero().map((_, j) => (j < m ? Rational.ZERO : Rational.ONE)), [...cone, ...links, ...caps]);
    const total = Rational.sum(sol.x.slice(0, m));
    if (total.sign() <= 0) throw new Error('maximalOptimalStrategy: no optimal strategy over the variables (they must include an optimal support)');
    const mix = state.vars.flatMap((strategy, k) => (sol.x[k]!.sign() > 0 ? [{ strategy, weight: sol.x[k]!.div(total) }] : []));
    const reply = view.worstBelow(mix, value);
    if (!reply) return mix;
    addNew(state.cons, reply.strategy, view.opponentKey);
  }
}

function* essentialitySteps<S, O>(view: SeatView<S, O>, value: Rational, candidate: S, state: FaceState<S, O>): Steps<Essentiality<S, O>> {
  const payoffs = payoffCache(view);
  addNew(state.vars, candidate, view.key);
  const c = state.vars.findIndex((s) => view.key(s) === view.key(candidate));
  for (;;) {
    const vars = state.vars;
    const rows: LpRow[] = state.cons.map((o) => ({ coeffs: vars.map((s) => payoffs(s, o)), sense: '>=', rhs: value }));
    rows.push({ coeffs: vars.map(() => Rational.ONE), sense: '=', rhs: Rational.ONE });
    const sol = yield LinearProgram.of(vars.map((_, k) => (k === c ? Rational.ONE : Rational.ZERO)), rows);
    if (sol.x[c]!.sign() > 0) {
      const mix = vars.flatMap((strategy, k) => (sol.x[k]!.sign() > 0 ? [{ strategy, weight: sol.x[k]! }] : []));
      const reply = view.worstBelow(mix, value);
      if (!reply) return { essential: true, strategy: mix };
      addNew(state.cons, reply.strategy, view.opponentKey);
      continue;
    }
    const u = state.cons.map((_, t) => sol.y[t]!.neg());
    const total = Rational.sum(u);
    const opponent = state.cons.flatMap((strategy, t) => (u[t]!.sign() > 0 ? [{ strategy, weight: u[t]!.div(total) }] : []));
    const reply = view.bestAbove(opponent, value);
    if (!reply) {
      if (!Rational.sum(opponent.map((o) => o.weight.mul(payoffs(candidate, o.strategy)))).lt(value)) throw new Error('essentiality: the dual certificate does not separate the candidate (a bug)');
      return { essential: false, opponent };
    }
    if (!addNew(state.vars, reply.strategy, view.key)) throw new Error('essentiality: a violated dual constraint is already a variable (a bug)');
  }
}

/** Appends s unless a strategy with its key is there; true if appended. */
function addNew<T>(list: T[], s: T, key: (t: T) => string): boolean {
  const k = key(s);
  if (list.some((t) => key(t) === k)) return false;
  list.push(s);
  return true;
}

function payoffCache<S, O>(view: SeatView<S, O>): (s: S, o: O) => Rational {
  const cache = new Map<string, Rational>();
  return (s, o) => {
    const k = `${view.key(s)}|${view.opponentKey(o)}`;
    let v = cache.get(k);
    if (v === undefined) {
      v = view.payoff(s, o);
      cache.set(k, v);
    }
    return v;
  };
}
