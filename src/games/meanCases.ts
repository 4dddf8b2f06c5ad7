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
  for (const c of meanCases(problem, limits, { threshold: () => best?.value, strict: true })) {
    const v = caseValue(problem.tables, c);
    if (!best || v.gt(best.value)) best = { value: v, c };
  }
  return best!;
}

/** Every mean case attaining `value` (the best payoff), lazily; more than maxLeaves of them: GenerationLimitError. */
export function* meanOptimalCases(problem: SeatProblem, value: Rational, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): Generator<PayoffCase> {
  let count = 0;
  for (const c of meanCases(problem, limits, { threshold: () => value, strict: false })) {
    const v = caseValue(problem.tables, c);
    if (v.gt(value)) throw new Error('meanOptimalCases: a case beats the best payoff (a bug)');
    if (!v.equals(value)) continue;
    if (++count > limits.maxLeaves) throw new GenerationLimitError('search', `more than ${limits.maxLeaves} optimal cases in one best-response set`);
    yield c;
  }
}

/** Which subtrees to visit: those whose bound beats (strict) or reaches the threshold (none yet: all). */
interface Prune {
  readonly threshold: () => Rational | undefined;
  readonly strict: boolean;
}

function* meanCases(problem: SeatProblem, limits: SearchLimits, prune: Prune): Generator<PayoffCase> {
  const coupling = problem.coupling;
  if (coupling.kind !== 'mean') throw new RangeError('meanCases: a mean-of-EUs decision');
  const actions = problem.tables.actions;
  const k = actions.length;
  const order = actions.map((t) => t.levels.map((_, l) => l).sort((i, j) => t.bestAt(j).compare(t.bestAt(i)) || i - j));
  const scaled = scaledBound(problem, coupling.top, coupling.rest);
  const explore = (bound: bigint): boolean => {
    const t = prune.threshold();
    return t === undefined || scaled.beats(bound, t, prune.strict);
  };
  let nodes = 0;
  const levels: number[] = [];
  const visit = function* (C: readonly number[], d: number): Generator<PayoffCase> {
    if (++nodes > limits.maxNodes) throw new GenerationLimitError('search', `the exact best-response search exceeded ${limits.maxNodes} nodes`);
    if (d === C.length) {
      const c = meanCase(problem, coupling.top, coupling.rest, C, levels);
      if (c) yield c;
      return;
    }
    for (const l of order[C[d]!]!) {
      levels.push(l);
      if (explore(scaled.bound(C, levels))) yield* visit(C, d + 1);
      levels.pop();
    }
  };
  for (const C of subsetsUpTo(k, Math.min(k, problem.opponents.length))) yield* visit(C, 0);
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

/**
 * The upper bound of the search in integers (every quantity times the lcm of its denominators: EUs, scores,
 * the mix's weights, (top, rest)), so the inner loop compares BigInts without a gcd; exact all the same.
 * bound(C, levels) = sum_j w_j (rest sum_a X_ja + (top - rest) X_j,taken) times `factor`.
 */
function scaledBound(problem: SeatProblem, top: Rational, rest: Rational): { bound: (C: readonly number[], levels: readonly number[]) => bigint; beats: (b: bigint, v: Rational, strict: boolean) => boolean } {
  const actions = problem.tables.actions;
  const opp = problem.opponents;
  const eus = [...actions.flatMap((t) => t.levels.map((l) => l.eu)), ...opp.flatMap((o) => o.eu)];
  const de = lcm(eus);
  const int = (q: Rational, d: bigint) => (q.num * d) / q.den;
  const e = actions.map((t) => t.levels.map((l) => int(l.eu, de)));
  const f = opp.map((o) => o.eu.map((q) => int(q, de)));
  const x = opp.map((o) => actions.map((t, a) => t.levels.map((_, l) => t.bestAt(l).add(o.beta[a]!))));
  const suffix = opp.map((o) => actions.map((t, a) => t.suffix.map((v) => v.add(o.beta[a]!))));
  const dx = lcm([...x.flat(2), ...suffix.flat(2)]);
  const xi = x.map((xa) => xa.map((xl) => xl.map((v) => int(v, dx))));
  const si = suffix.map((sa) => sa.map((sl) => sl.map((v) => int(v, dx))));
  const maxSum = si.map((sa) => sa.reduce((s, sl) => s + sl[0]!, 0n));
  const dw = lcm(opp.map((o) => o.weight));
  const w = opp.map((o) => int(o.weight, dw));
  const dt = lcm([top, rest]);
  const [ti, ri] = [int(top, dt), int(rest, dt)];
  const factor = dx * dw * dt;
  const lastBelow = (levels: readonly bigint[], v: bigint): number => {
    let [lo, hi] = [0, levels.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (levels[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const bound = (C: readonly number[], levels: readonly number[]): bigint => {
    const d = levels.length;
    let total = 0n;
    for (let j = 0; j < opp.length; j++) {
      let lead = -1;
      let leadAgg = 0n;
      let sum = maxSum[j]!;
      for (let i = 0; i < d; i++) {
        const a = C[i]!;
        const g = e[a]![levels[i]!]! + f[j]![a]!;
        if (lead < 0 || g > leadAgg) [lead, leadAgg] = [i, g];
        if (ri > 0n) sum += xi[j]![a]![levels[i]!]! - si[j]![a]![0]!;
      }
      let taken = lead >= 0 ? xi[j]![C[lead]!]![levels[lead]!]! : undefined;
      for (let i = d; i < C.length; i++) {
        const b = C[i]!;
        const first = lead < 0 ? 0 : lastBelow(e[b]!, leadAgg - f[j]![b]!) + 1;
        if (first >= e[b]!.length) continue;
        const v = si[j]![b]![first]!;
        if (taken === undefined || v > taken) taken = v;
      }
      total += w[j]! * (ri * sum + (ti - ri) * taken!);
    }
    return total;
  };
  // The bound is an integer B = bound * factor: B > v iff B > floor(v factor); B >= v iff B >= ceil(v factor).
  const floor = (v: Rational) => {
    const n = v.num * factor;
    return n / v.den - (n % v.den !== 0n && n < 0n ? 1n : 0n);
  };
  return { bound, beats: (b, v, strict) => (strict ? b > floor(v) : b >= -floor(v.neg())) };
}

/** The least common multiple of the denominators. */
function lcm(qs: readonly Rational[]): bigint {
  let l = 1n;
  for (const q of qs) {
    if (q.den === 1n || l % q.den === 0n) continue;
    let [a, b] = [l, q.den];
    while (b !== 0n) [a, b] = [b, a % b];
    l = (l / a) * q.den;
  }
  return l;
}

/** Nonempty subsets of 0..k-1 with at most m elements, each ascending, smallest first. */
function* subsetsUpTo(k: number, m: number): Generator<number[]> {
  for (let size = 1; size <= m; size++) {
    const walk = function* (start: number, prefix: number[]): Generator<number[]> {
      if (prefix.length === size) {
        yield prefix;
        return;
      }
      for (let a = start; a < k; a++) yield* walk(a + 1, [...prefix, a]);
    };
    yield* walk(0, []);
  }
}
