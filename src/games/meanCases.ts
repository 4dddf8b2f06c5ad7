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
export function meanBest(problem: SeatProblem, limits: SearchLimits = DEFAULT_SEARCH_LIMITS, above?: Rational): { value: Rational; c: PayoffCase } | undefined {
  const scaled = scaledMean(problem);
  // Only leaves beating `above` count: an integer beats above * factor iff it beats its floor.
  const floor = above === undefined ? undefined : floorOf(above.mul(Rational.of(scaled.factor)));
  let best: Leaf | undefined;
  const beats = (v: bigint) => (best === undefined || v > best.value) && (floor === undefined || v > floor);
  for (const leaf of meanLeaves(problem, scaled, limits, beats)) {
    if (beats(leaf.value)) best = { ...leaf, levels: [...leaf.levels] };
  }
  return best && exactCase(problem, scaled, best);
}

function floorOf(q: Rational): bigint {
  return q.num / q.den - (q.num % q.den !== 0n && q.num < 0n ? 1n : 0n);
}

/** Every mean case attaining `value` (the best payoff), lazily; more than maxLeaves of them: GenerationLimitError. */
export function* meanOptimalCases(problem: SeatProblem, value: Rational, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): Generator<PayoffCase> {
  const scaled = scaledMean(problem);
  const target = value.mul(Rational.of(scaled.factor));
  if (!target.isInteger()) return; // no leaf value (an integer) equals it: the best payoff is not `value`
  let count = 0;
  for (const leaf of meanLeaves(problem, scaled, limits, (bound) => bound >= target.num)) {
    if (leaf.value > target.num) throw new Error('meanOptimalCases: a case beats the best payoff (a bug)');
    if (leaf.value !== target.num) continue;
    if (++count > limits.maxLeaves) throw new GenerationLimitError('search', `more than ${limits.maxLeaves} optimal cases in one best-response set`);
    yield exactCase(problem, scaled, leaf).c;
  }
}

/** A leaf of the search: the set C, its levels, and the case's payoff times `factor`. */
interface Leaf {
  readonly C: readonly number[];
  readonly levels: readonly number[];
  readonly value: bigint;
}

function* meanLeaves(problem: SeatProblem, scaled: ScaledMean, limits: SearchLimits, explore: (bound: bigint) => boolean): Generator<Leaf> {
  const actions = problem.tables.actions;
  const k = actions.length;
  const order = actions.map((t) => t.levels.map((_, l) => l).sort((i, j) => t.bestAt(j).compare(t.bestAt(i)) || i - j));
  let nodes = 0;
  const levels: number[] = [];
  const visit = function* (C: readonly number[], d: number): Generator<Leaf> {
    if (++nodes > limits.maxNodes) throw new GenerationLimitError('search', `the exact best-response search exceeded ${limits.maxNodes} nodes`);
    if (d === C.length) {
      const value = scaled.leaf(C, levels);
      if (value !== undefined) yield { C, levels, value };
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

/** The leaf as an exact PayoffCase, its value re-computed in Rationals and checked against the integer one. */
function exactCase(problem: SeatProblem, scaled: ScaledMean, leaf: Leaf): { value: Rational; c: PayoffCase } {
  const coupling = problem.coupling as { top: Rational; rest: Rational };
  const c = meanCase(problem, coupling.top, coupling.rest, leaf.C, leaf.levels);
  const value = c && caseValue(problem.tables, c);
  if (!c || !value!.mul(Rational.of(scaled.factor)).equals(Rational.of(leaf.value))) throw new Error('meanCases: the integer and the exact case disagree (a bug)');
  return { value: value!, c };
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
 * The search in integers: every quantity times the lcm of its denominators (EUs; scores plus the
 * opponent's parts X_ja = sigma_a + beta_ja; the mix's weights; (top, rest)), so the inner loops add and
 * compare BigInts without a gcd; exact all the same, and each case that is kept is rebuilt in Rationals
 * and checked (exactCase). bound and leaf return payoff times `factor`.
 */
interface ScaledMean {
  readonly factor: bigint;
  bound(C: readonly number[], levels: readonly number[]): bigint;
  /** The case's payoff, or undefined if some action outside C cannot stay below or some action of C is never taken. */
  leaf(C: readonly number[], levels: readonly number[]): bigint | undefined;
}

function scaledMean(problem: SeatProblem): ScaledMean {
  const { top, rest } = problem.coupling as { top: Rational; rest: Rational };
  const actions = problem.tables.actions;
  const opp = problem.opponents;
  const de = lcm([...actions.flatMap((t) => t.levels.map((l) => l.eu)), ...opp.flatMap((o) => o.eu)]);
  const int = (q: Rational, d: bigint) => (q.num * d) / q.den;
  const e = actions.map((t) => t.levels.map((l) => int(l.eu, de)));
  const f = opp.map((o) => o.eu.map((q) => int(q, de)));
  const x = opp.map((o) => actions.map((t, a) => t.levels.map((_, l) => t.bestAt(l).add(o.beta[a]!))));
  const dx = lcm(x.flat(2));
  const xi = x.map((xa) => xa.map((xl) => xl.map((v) => int(v, dx))));
  const running = (xs: readonly bigint[], from: 'start' | 'end') => {
    const out = [...xs];
    if (from === 'start') for (let l = 1; l < out.length; l++) out[l] = out[l]! > out[l - 1]! ? out[l]! : out[l - 1]!;
    else for (let l = out.length - 2; l >= 0; l--) out[l] = out[l]! > out[l + 1]! ? out[l]! : out[l + 1]!;
    return out;
  };
  const prefix = xi.map((xa) => xa.map((xl) => running(xl, 'start')));
  const suffix = xi.map((xa) => xa.map((xl) => running(xl, 'end')));
  const maxSum = suffix.map((sa) => sa.reduce((s, sl) => s + sl[0]!, 0n));
  const dw = lcm(opp.map((o) => o.weight));
  const w = opp.map((o) => int(o.weight, dw));
  const dt = lcm([top, rest]);
  const [ti, ri] = [int(top, dt), int(rest, dt)];
  /** The last level of action b with EU < v (strict) or <= v. */
  const lastBelow = (b: number, v: bigint, strict: boolean): number => {
    const levels = e[b]!;
    let [lo, hi] = [0, levels.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? levels[mid]! < v : levels[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  /** The first of C[0..d-1] with the highest aggregate against j (lowest index on ties), and that aggregate. */
  const leader = (j: number, C: readonly number[], levels: readonly number[], d: number): [number, bigint] => {
    let [lead, agg] = [-1, 0n];
    for (let i = 0; i < d; i++) {
      const g = e[C[i]!]![levels[i]!]! + f[j]![C[i]!]!;
      if (lead < 0 || g > agg) [lead, agg] = [i, g];
    }
    return [lead, agg];
  };
  return {
    factor: dx * dw * dt,
    bound(C, levels) {
      const d = levels.length;
      let total = 0n;
      for (let j = 0; j < opp.length; j++) {
        const [lead, agg] = leader(j, C, levels, d);
        let taken = lead >= 0 ? xi[j]![C[lead]!]![levels[lead]!]! : undefined;
        for (let i = d; i < C.length; i++) {
          const b = C[i]!;
          const first = lead < 0 ? 0 : lastBelow(b, agg - f[j]![b]!, false) + 1;
          if (first < e[b]!.length && (taken === undefined || suffix[j]![b]![first]! > taken)) taken = suffix[j]![b]![first]!;
        }
        let sum = 0n;
        if (ri > 0n) {
          sum = maxSum[j]!;
          for (let i = 0; i < d; i++) sum += xi[j]![C[i]!]![levels[i]!]! - suffix[j]![C[i]!]![0]!;
        }
        total += w[j]! * (ri * sum + (ti - ri) * taken!);
      }
      return total;
    },
    leaf(C, levels) {
      const hi = e.map((l) => l.length - 1);
      const taken = new Array<boolean>(e.length).fill(false);
      const lead: number[] = [];
      for (let j = 0; j < opp.length; j++) {
        const [i, agg] = leader(j, C, levels, C.length);
        const c = C[i]!;
        lead.push(i);
        taken[c] = true;
        for (let b = 0; b < e.length; b++) if (!C.includes(b)) hi[b] = Math.min(hi[b]!, lastBelow(b, agg - f[j]![b]!, b < c));
      }
      if (hi.some((h) => h < 0) || C.some((a) => !taken[a])) return undefined;
      let total = 0n;
      for (let j = 0; j < opp.length; j++) {
        const i = lead[j]!;
        let sum = 0n;
        if (ri > 0n) for (let a = 0; a < e.length; a++) sum += C.includes(a) ? xi[j]![a]![levels[C.indexOf(a)]!]! : prefix[j]![a]![hi[a]!]!;
        total += w[j]! * (ri * sum + (ti - ri) * xi[j]![C[i]!]![levels[i]!]!);
      }
      return total;
    },
  };
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
