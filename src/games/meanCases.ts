import { Rational } from '../numbers/Rational.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './branchAndBound.ts';
import { caseValue, type PayoffCase } from './PayoffCase.ts';
import type { SeatProblem } from './SeatProblem.ts';

/**
 * Cases for the decisions on the MEAN of two predictors' EUs with weights (top, rest) (average-max:
 * (1, 0); epsilon-greedy), exact. Against opponent j the rule takes c_j = argmax_a (e_a + f_ja) (lowest
 * index on ties). Let C be the set of actions taken against some opponent: at most one per opponent in
 * the mix. Given the EU levels of the actions in C, every c_j is the argmax over C, and an action b
 * outside C must not overtake: e_b + f_jb < e_cj + f_jcj (<= when b comes after c_j) for every j, a bound
 * on e_b alone, so b may take any level of a prefix [0, h_b]. The payoff is then separable (b outside C
 * weighs `rest`): a PayoffCase with single levels on C and prefixes elsewhere. The cases (C, levels of C),
 * with every action of C taken against some j, partition the strategies; they are visited by depth-first
 * search over C's levels, cut by an upper bound no case below can beat (per j: rest sum_a X_a +
 * (top - rest) X_taken with X_a = sigma_a + beta_ja at its best, the taken action being the leader of C so
 * far or a later action of C that beats it strictly). Instead of L^K leaves, sum over |C| <= m of L^|C|.
 */
export function meanBest(problem: SeatProblem, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): { value: Rational; c: PayoffCase } {
  let best: { value: Rational; c: PayoffCase } | undefined;
  visitMeanCases(problem, limits, (bound) => !best || bound.gt(best.value), (c) => {
    const v = caseValue(problem.tables, c);
    if (!best || v.gt(best.value)) best = { value: v, c };
  });
  return best!;
}

/** Every mean case attaining `value` (the best payoff); more than maxLeaves of them: GenerationLimitError. */
export function meanOptimalCases(problem: SeatProblem, value: Rational, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): PayoffCase[] {
  const out: PayoffCase[] = [];
  visitMeanCases(problem, limits, (bound) => bound.ge(value), (c) => {
    const v = caseValue(problem.tables, c);
    if (v.gt(value)) throw new Error('meanOptimalCases: a case beats the best payoff (a bug)');
    if (!v.equals(value)) return;
    if (out.length >= limits.maxLeaves) throw new GenerationLimitError('search', `more than ${limits.maxLeaves} optimal cases in one best-response set`);
    out.push(c);
  });
  return out;
}

function visitMeanCases(problem: SeatProblem, limits: SearchLimits, explore: (bound: Rational) => boolean, found: (c: PayoffCase) => void): void {
  const coupling = problem.coupling;
  if (coupling.kind !== 'mean') throw new RangeError('meanCases: a mean-of-EUs decision');
  const actions = problem.tables.actions;
  const k = actions.length;
  const order = actions.map((t) => t.levels.map((_, l) => l).sort((i, j) => t.bestAt(j).compare(t.bestAt(i)) || i - j));
  let nodes = 0;
  const m = Math.min(k, problem.opponents.length);
  for (const C of subsetsUpTo(k, m)) {
    const levels: number[] = [];
    const visit = (d: number): void => {
      if (++nodes > limits.maxNodes) throw new GenerationLimitError('search', `the exact best-response search exceeded ${limits.maxNodes} nodes`);
      if (d === C.length) {
        const c = meanCase(problem, coupling.top, coupling.rest, C, levels);
        if (c) found(c);
        return;
      }
      for (const l of order[C[d]!]!) {
        levels.push(l);
        if (explore(bound(problem, coupling.top, coupling.rest, C, levels))) visit(d + 1);
        levels.pop();
      }
    };
    visit(0);
  }
}

/** The case of (C, levels of C), or undefined if some action outside C cannot stay below, or some action of C is never taken. */
function meanCase(problem: SeatProblem, top: Rational, rest: Rational, C: readonly number[], levels: readonly number[]): PayoffCase | undefined {
  const actions = problem.tables.actions;
  const k = actions.length;
  const e = new Map(C.map((a, i) => [a, actions[a]!.levels[levels[i]!]!.eu]));
  const hi = actions.map((t) => t.levels.length - 1);
  const lo = new Array<number>(k).fill(0);
  C.forEach((a, i) => (lo[a] = hi[a] = levels[i]!));
  const taken = new Array<Rational>(k).fill(Rational.ZERO);
  let constant = Rational.ZERO;
  for (const o of problem.opponents) {
    let c = -1;
    let lead = Rational.ZERO;
    for (const a of C) {
      const g = e.get(a)!.add(o.eu[a]!);
      if (c < 0 || g.gt(lead)) [c, lead] = [a, g];
    }
    for (let b = 0; b < k; b++) {
      if (e.has(b)) continue;
      hi[b] = Math.min(hi[b]!, actions[b]!.lastBelow(lead.sub(o.eu[b]!), b < c));
    }
    taken[c] = taken[c]!.add(o.weight);
    constant = constant.add(o.weight.mul(rest.mul(Rational.sum(o.beta)).add(top.sub(rest).mul(o.beta[c]!))));
  }
  if (hi.some((h) => h < 0) || C.some((a) => taken[a]!.isZero())) return undefined;
  const weight = taken.map((y) => rest.add(top.sub(rest).mul(y)));
  return { key: { kind: 'mean' }, lo, hi, weight, constant };
}

/** An upper bound on every case extending C's prefix levels (actions C[0..d-1]). */
function bound(problem: SeatProblem, top: Rational, rest: Rational, C: readonly number[], levels: readonly number[]): Rational {
  const actions = problem.tables.actions;
  const d = levels.length;
  return Rational.sum(
    problem.opponents.map((o) => {
      const x = actions.map((t, a) => {
        const i = C.indexOf(a);
        return (i >= 0 && i < d ? t.bestAt(levels[i]!) : t.maxScore).add(o.beta[a]!);
      });
      let lead = -1;
      let leadAgg = Rational.ZERO;
      for (let i = 0; i < d; i++) {
        const a = C[i]!;
        const g = actions[a]!.levels[levels[i]!]!.eu.add(o.eu[a]!);
        if (lead < 0 || g.gt(leadAgg)) [lead, leadAgg] = [a, g];
      }
      let takenX: Rational | undefined = lead >= 0 ? x[lead] : undefined;
      for (let i = d; i < C.length; i++) {
        const b = C[i]!;
        const t = actions[b]!;
        const first = lead < 0 ? 0 : t.lastBelow(leadAgg.sub(o.eu[b]!), false) + 1;
        if (first >= t.levels.length) continue;
        const v = t.suffix[first]!.add(o.beta[b]!);
        if (!takenX || v.gt(takenX)) takenX = v;
      }
      return o.weight.mul(rest.mul(Rational.sum(x)).add(top.sub(rest).mul(takenX!)));
    }),
  );
}

/** Nonempty subsets of 0..k-1 with at most m elements, each ascending. */
function* subsetsUpTo(k: number, m: number): Generator<number[]> {
  const walk = function* (start: number, prefix: number[]): Generator<number[]> {
    for (let a = start; a < k; a++) {
      const next = [...prefix, a];
      yield next;
      if (next.length < m) yield* walk(a + 1, next);
    }
  };
  yield* walk(0, []);
}
