import { Rational } from '../numbers/Rational.ts';

/** A pure strategy with its probability in a mixed strategy (only positive weights are listed). */
export interface Weighted<S> {
  readonly weight: Rational;
  readonly strategy: S;
}

/** An exact best response: the payoff it earns against the given mixed strategy, and one pure strategy earning it. */
export interface BestResponse<S> {
  readonly value: Rational;
  readonly strategy: S;
}

/**
 * A zero-sum game given by oracles instead of a matrix (double oracle, McMahan, Gordon & Blum 2003):
 * pure strategies of either seat are values of R / C identified by a key, payoff(r, c) is what the row
 * player (the maximiser) receives, and each seat's exact best response over ALL its pure strategies to a
 * finite mixed strategy of the other is computed without listing them. Everything exact.
 */
export interface ZeroSumOracle<R, C> {
  rowKey(r: R): string;
  colKey(c: C): string;
  payoff(r: R, c: C): Rational;
  /** max over every pure row r of sum_j y_j payoff(r, c_j). */
  bestRow(y: readonly Weighted<C>[]): BestResponse<R>;
  /** min over every pure column c of sum_i x_i payoff(r_i, c) (the value is the row player's payoff). */
  bestCol(x: readonly Weighted<R>[]): BestResponse<C>;
  /**
   * Optional, for speed: a best row if it earns MORE than t against y, else undefined (then no pure row
   * does). A search may cut everything that cannot beat t; without it bestRow is used.
   */
  bestRowAbove?(y: readonly Weighted<C>[], t: Rational): BestResponse<R> | undefined;
  /** Optional: a best column if it concedes LESS than t to x, else undefined. */
  bestColBelow?(x: readonly Weighted<R>[], t: Rational): BestResponse<C> | undefined;
  /**
   * The two seats are interchangeable: R = C and payoff(s, t) = -payoff(t, s) (a symmetric game, value 0),
   * so one set of strategies serves both seats and a row strategy is optimal for the column player too.
   */
  readonly symmetric: boolean;
}

/**
 * One seat of a zero-sum oracle game seen as the maximiser: S its pure strategies, O the opponent's,
 * payoff(s, o) this seat's payoff. Lets the optimal-face computations be written once for either seat.
 */
export interface SeatView<S, O> {
  key(s: S): string;
  opponentKey(o: O): string;
  payoff(s: S, o: O): Rational;
  /** This seat's best response: max over every pure s of sum_j w_j payoff(s, o_j). */
  best(mix: readonly Weighted<O>[]): BestResponse<S>;
  /** The opponent's best response to this seat's mix: min over every pure o of sum_i w_i payoff(s_i, o). */
  worst(mix: readonly Weighted<S>[]): BestResponse<O>;
  /** A best response earning more than t, or undefined when none does (certified by the oracle). */
  bestAbove(mix: readonly Weighted<O>[], t: Rational): BestResponse<S> | undefined;
  /** An opponent's reply holding this seat below t, or undefined when none does. */
  worstBelow(mix: readonly Weighted<S>[], t: Rational): BestResponse<O> | undefined;
}

/** A row earning more than t against y, or undefined when no pure row does. */
export function rowAbove<R, C>(g: ZeroSumOracle<R, C>, y: readonly Weighted<C>[], t: Rational): BestResponse<R> | undefined {
  if (g.bestRowAbove) return g.bestRowAbove(y, t);
  const b = g.bestRow(y);
  return b.value.gt(t) ? b : undefined;
}

/** A column conceding less than t to x, or undefined when no pure column does. */
export function colBelow<R, C>(g: ZeroSumOracle<R, C>, x: readonly Weighted<R>[], t: Rational): BestResponse<C> | undefined {
  if (g.bestColBelow) return g.bestColBelow(x, t);
  const b = g.bestCol(x);
  return b.value.lt(t) ? b : undefined;
}

/** The row player's view (payoffs as given). */
export function rowView<R, C>(g: ZeroSumOracle<R, C>): SeatView<R, C> {
  return {
    key: (r) => g.rowKey(r),
    opponentKey: (c) => g.colKey(c),
    payoff: (r, c) => g.payoff(r, c),
    best: (y) => g.bestRow(y),
    worst: (x) => g.bestCol(x),
    bestAbove: (y, t) => rowAbove(g, y, t),
    worstBelow: (x, t) => colBelow(g, x, t),
  };
}

/** The column player's view: its payoff is minus the row player's. */
export function colView<R, C>(g: ZeroSumOracle<R, C>): SeatView<C, R> {
  return {
    key: (c) => g.colKey(c),
    opponentKey: (r) => g.rowKey(r),
    payoff: (c, r) => g.payoff(r, c).neg(),
    best: (x) => negated(g.bestCol(x)),
    worst: (y) => negated(g.bestRow(y)),
    bestAbove: (x, t) => optionalNegated(colBelow(g, x, t.neg())),
    worstBelow: (y, t) => optionalNegated(rowAbove(g, y, t.neg())),
  };
}

function negated<S>(b: BestResponse<S>): BestResponse<S> {
  return { value: b.value.neg(), strategy: b.strategy };
}

function optionalNegated<S>(b: BestResponse<S> | undefined): BestResponse<S> | undefined {
  return b && negated(b);
}

/** sum_j w_j payoff(s, o_j), exactly. */
export function payoffAgainst<S, O>(view: Pick<SeatView<S, O>, 'payoff'>, s: S, mix: readonly Weighted<O>[]): Rational {
  return Rational.sum(mix.map(({ weight, strategy }) => weight.mul(view.payoff(s, strategy))));
}
