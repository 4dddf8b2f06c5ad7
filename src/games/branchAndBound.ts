import { decideByUtilities } from '../decisions/decide.ts';
import { Rational } from '../numbers/Rational.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import type { PayoffCase } from './PayoffCase.ts';
import { predictorsEu, topWeights, type SeatProblem } from './SeatProblem.ts';

/** Work limits of the exact search; exceeding one is reported (GenerationLimitError), never guessed around. */
export interface SearchLimits {
  readonly maxNodes: number;
  readonly maxLeaves: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { maxNodes: 2_000_000, maxLeaves: 20_000 };

/**
 * Exact branch and bound over EU levels, for decisions that couple every action (the mean of two
 * predictors' EUs, rank-softmax): actions are fixed one at a time (index order) to a level, a leaf is
 * one level per action (a PayoffCase with single-level ranges: pi_j is then fixed for every opponent j,
 * and the payoff is exact), and a subtree is cut only by an upper bound that no leaf below it can beat:
 * per opponent j, with X_a = sigma_a + beta_ja,
 * - top-heavy weights (w_top >= w_rest): w_rest sum_a X_a + (w_top - w_rest) X_taken, where the action
 *   taken is the leader among the fixed actions or an unfixed action reaching a strictly higher
 *   aggregate (it comes later in index order, so a tie keeps the leader), each at its best score;
 * - any weights: the rearrangement bound (largest weights with largest X).
 * Unfixed actions count at their best score. Exact: Rationals throughout.
 */
export function searchBest(problem: SeatProblem, limits: SearchLimits = DEFAULT_SEARCH_LIMITS, above?: Rational): { value: Rational; levels: number[] } | undefined {
  let best: { value: Rational; levels: number[] } | undefined;
  const beats = (v: Rational) => (best === undefined || v.gt(best.value)) && (above === undefined || v.gt(above));
  new Search(problem, limits).run(beats, (levels, value) => {
    if (beats(value)) best = { value, levels: [...levels] };
  });
  return best;
}

/** Every leaf (level vector) whose payoff equals `value`, the best payoff (more than maxLeaves: GenerationLimitError). */
export function searchOptimal(problem: SeatProblem, value: Rational, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): number[][] {
  const out: number[][] = [];
  new Search(problem, limits).run((bound) => bound.ge(value), (levels, v) => {
    if (v.gt(value)) throw new Error('searchOptimal: a leaf beats the best payoff (a bug)');
    if (!v.equals(value)) return;
    if (out.length >= limits.maxLeaves) throw new GenerationLimitError('search', `more than ${limits.maxLeaves} optimal level profiles in one best-response set`);
    out.push([...levels]);
  });
  return out;
}

/** The leaf as a case: weights and constant of the payoff with every level fixed. */
export function leafCase(problem: SeatProblem, levels: readonly number[]): PayoffCase {
  const actions = problem.tables.actions;
  const e = levels.map((l, a) => actions[a]!.levels[l]!.eu);
  const weight = new Array<Rational>(actions.length).fill(Rational.ZERO);
  let constant = Rational.ZERO;
  for (const o of problem.opponents) {
    decideByUtilities(problem.spec.decision, predictorsEu(problem, e, o)).forEach((p, a) => {
      if (p.sign() === 0) return;
      weight[a] = weight[a]!.add(o.weight.mul(p));
      constant = constant.add(o.weight.mul(p).mul(o.beta[a]!));
    });
  }
  return { key: { kind: 'eu', eu: e }, lo: [...levels], hi: [...levels], weight, constant };
}

type Aggregate = 'own' | 'sum' | 'max';

class Search {
  private nodes = 0;
  private readonly k: number;
  private readonly order: number[][];
  private readonly weights: { kind: 'top'; top: Rational; rest: Rational } | { kind: 'ranks'; sorted: Rational[] };
  private readonly aggregate: Aggregate;

  constructor(
    private readonly problem: SeatProblem,
    private readonly limits: SearchLimits,
  ) {
    const { spec, tables } = problem;
    this.k = tables.actions.length;
    // Levels in order of decreasing best score: good leaves first, so bounds cut early.
    this.order = tables.actions.map((t) => t.levels.map((_, l) => l).sort((i, j) => t.bestAt(j).compare(t.bestAt(i)) || i - j));
    const rule = spec.decision;
    if (rule.kind === 'softmax') {
      const total = Rational.sum(rule.weights);
      this.weights = { kind: 'ranks', sorted: rule.weights.map((w) => w.div(total)).sort((a, b) => b.compare(a)) };
    } else this.weights = { kind: 'top', ...topWeights(rule, this.k) };
    const one = problem.opponents[0]!.eu.length === 0;
    this.aggregate = one || (rule.kind === 'argmax' && problem.seat === 0) ? 'own' : rule.kind === 'optimistic-max' ? 'max' : 'sum';
    if (rule.kind === 'argmax' && problem.seat === 1 && !one) throw new RangeError('branch and bound: argmax does not read seat 2 (use the fixed case)');
  }

  run(explore: (bound: Rational) => boolean, leaf: (levels: readonly number[], value: Rational) => void): void {
    const levels: number[] = [];
    const visit = (d: number): void => {
      if (++this.nodes > this.limits.maxNodes) {
        throw new GenerationLimitError('search', `the exact best-response search exceeded ${this.limits.maxNodes} nodes`);
      }
      if (d === this.k) {
        leaf(levels, this.leafValue(levels));
        return;
      }
      for (const l of this.order[d]!) {
        levels.push(l);
        if (explore(this.bound(levels))) visit(d + 1);
        levels.pop();
      }
    };
    visit(0);
  }

  private leafValue(levels: readonly number[]): Rational {
    const actions = this.problem.tables.actions;
    const e = levels.map((l, a) => actions[a]!.levels[l]!.eu);
    return Rational.sum(
      this.problem.opponents.map((o) => {
        const pi = decideByUtilities(this.problem.spec.decision, predictorsEu(this.problem, e, o));
        return o.weight.mul(Rational.sum(pi.map((p, a) => (p.sign() === 0 ? Rational.ZERO : p.mul(actions[a]!.bestAt(levels[a]!).add(o.beta[a]!))))));
      }),
    );
  }

  /** An upper bound on every leaf extending the fixed prefix `levels` (actions 0..d-1). */
  private bound(levels: readonly number[]): Rational {
    const actions = this.problem.tables.actions;
    const d = levels.length;
    return Rational.sum(
      this.problem.opponents.map((o) => {
        const fixed = levels.map((l, a) => actions[a]!.bestAt(l).add(o.beta[a]!));
        const open = actions.slice(d).map((t, i) => t.maxScore.add(o.beta[d + i]!));
        if (this.weights.kind === 'ranks') return o.weight.mul(rearrangement(this.weights.sorted, [...fixed, ...open]));
        const { top, rest } = this.weights;
        const all = Rational.sum([...fixed, ...open]);
        return o.weight.mul(rest.mul(all).add(top.sub(rest).mul(this.takenBound(levels, fixed, o))));
      }),
    );
  }

  /** The largest X the taken action can have against opponent o, given the fixed prefix. */
  private takenBound(levels: readonly number[], fixed: readonly Rational[], o: SeatProblem['opponents'][number]): Rational {
    const actions = this.problem.tables.actions;
    let lead = -1;
    let leadAgg = Rational.ZERO;
    levels.forEach((l, a) => {
      const g = this.agg(actions[a]!.levels[l]!.eu, o.eu[a]);
      if (lead < 0 || g.gt(leadAgg)) [lead, leadAgg] = [a, g];
    });
    let best: Rational | undefined = lead >= 0 ? fixed[lead] : undefined;
    for (let b = levels.length; b < this.k; b++) {
      const t = actions[b]!;
      const first = lead < 0 ? 0 : this.firstWinning(b, leadAgg, o.eu[b]);
      if (first >= t.levels.length) continue;
      const x = t.suffix[first]!.add(o.beta[b]!);
      if (!best || x.gt(best)) best = x;
    }
    return best!;
  }

  private agg(e: Rational, f: Rational | undefined): Rational {
    if (this.aggregate === 'own') return e;
    return this.aggregate === 'sum' ? e.add(f!) : Rational.max(e, f!);
  }

  /** The first level of action b whose aggregate is strictly above `lead`. */
  private firstWinning(b: number, lead: Rational, f: Rational | undefined): number {
    const t = this.problem.tables.actions[b]!;
    if (this.aggregate === 'sum') return t.lastBelow(lead.sub(f!), false) + 1;
    if (this.aggregate === 'max' && f!.gt(lead)) return 0;
    return t.lastBelow(lead, false) + 1;
  }
}

/** max over permutations of sum_r w_r x_{p(r)} with w sorted descending: pair the largest with the largest. */
function rearrangement(sortedWeights: readonly Rational[], x: readonly Rational[]): Rational {
  const xs = [...x].sort((a, b) => b.compare(a));
  return Rational.sum(sortedWeights.map((w, r) => w.mul(xs[r]!)));
}
