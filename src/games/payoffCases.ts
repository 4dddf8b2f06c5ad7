import { decideByUtilities } from '../decisions/decide.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import type { PayoffCase } from './PayoffCase.ts';
import type { SeatProblem } from './SeatProblem.ts';

/**
 * The cases (PayoffCase) of a seat whose decision coupling is not 'search', listed exactly. Why each
 * partition makes the payoff separable (docs/design.md §9):
 * - fixed: pi_j is the same for every report of this seat, so one case holds everything;
 * - separable: importance weighting pays sum_a sigma_a, one case with weight 1 everywhere;
 * - own: the top-ranked action c and this seat's EU E there fix pi (lowest index wins ties): the case
 *   (c, E) holds the reports with EU_c = E, EU_b < E for b < c and EU_b <= E for b > c;
 * - optimistic: with E = max_a EU_a first attained at c, against opponent j (highest EU F_j, first
 *   at B_j) the rule takes c if E > F_j, B_j if E < F_j and min(c, B_j) on a tie: the same cases (c, E).
 * In the last two, c and E range over every action and every EU level: K x L cases, each evaluated in
 * O(K + m), instead of L^K strategies.
 */
export function* payoffCases(problem: SeatProblem): Generator<PayoffCase> {
  const { tables } = problem;
  const k = tables.actions.length;
  const full = { lo: new Array<number>(k).fill(0), hi: tables.actions.map((t) => t.levels.length - 1) };
  const coupling = problem.coupling;
  if (coupling.kind === 'search' || coupling.kind === 'mean') throw new RangeError(`payoffCases: the ${coupling.kind} coupling has its own search`);
  if (coupling.kind === 'separable') {
    yield { key: { kind: 'open' }, ...full, weight: new Array<Rational>(k).fill(Rational.ONE), constant: Rational.ZERO };
    return;
  }
  if (coupling.kind === 'fixed') {
    yield fixedCase(problem, full);
    return;
  }
  const shares = coupling.kind === 'optimistic' ? opponentTops(problem) : undefined;
  for (let c = 0; c < k; c++) {
    for (let l = 0; l < tables.actions[c]!.levels.length; l++) {
      const e = tables.actions[c]!.levels[l]!.eu;
      const ranges = topRanges(problem, c, l, e);
      if (!ranges) continue;
      const key = { kind: 'top' as const, action: c, eu: e };
      if (coupling.kind === 'own') yield { key, ...ranges, ...ownWeights(problem, c, coupling.top, coupling.rest) };
      else yield { key, ...ranges, ...optimisticWeights(problem, c, e, shares!) };
    }
  }
}

function fixedCase(problem: SeatProblem, full: { lo: number[]; hi: number[] }): PayoffCase {
  const k = problem.tables.actions.length;
  const weight = new Array<Rational>(k).fill(Rational.ZERO);
  let constant = Rational.ZERO;
  for (const o of problem.opponents) {
    // Argmax reads predictor 1 (the opponent here) only: pi_j is fixed by the opponent's EUs.
    const pi = decideByUtilities(problem.spec.decision, [o.eu, o.eu]);
    pi.forEach((p, a) => {
      if (p.sign() === 0) return;
      weight[a] = weight[a]!.add(o.weight.mul(p));
      constant = constant.add(o.weight.mul(p).mul(o.beta[a]!));
    });
  }
  return { key: { kind: 'free' }, ...full, weight, constant };
}

/** Level ranges of the case (c, E): exactly E on c, below E before c, at most E after; undefined if empty. */
function topRanges(problem: SeatProblem, c: number, l: number, e: Rational): { lo: number[]; hi: number[] } | undefined {
  const actions = problem.tables.actions;
  const hi = actions.map((t, b) => (b === c ? l : t.lastBelow(e, b < c)));
  if (hi.some((h) => h < 0)) return undefined;
  return { lo: actions.map((_, b) => (b === c ? l : 0)), hi };
}

function ownWeights(problem: SeatProblem, c: number, top: Rational, rest: Rational): { weight: Rational[]; constant: Rational } {
  const k = problem.tables.actions.length;
  const weight = Array.from({ length: k }, (_, a) => (a === c ? top : rest));
  let constant = Rational.ZERO;
  for (const o of problem.opponents) {
    for (let a = 0; a < k; a++) if (weight[a]!.sign() > 0) constant = constant.add(o.weight.mul(weight[a]!).mul(o.beta[a]!));
  }
  return { weight, constant };
}

/** Per opponent: its highest EU and the first action attaining it. */
function opponentTops(problem: SeatProblem): { eu: Rational; action: number }[] {
  return problem.opponents.map((o) => {
    const action = argmaxLowest(o.eu);
    return { eu: o.eu[action]!, action };
  });
}

function optimisticWeights(problem: SeatProblem, c: number, e: Rational, tops: readonly { eu: Rational; action: number }[]): { weight: Rational[]; constant: Rational } {
  const weight = new Array<Rational>(problem.tables.actions.length).fill(Rational.ZERO);
  let constant = Rational.ZERO;
  problem.opponents.forEach((o, j) => {
    const top = tops[j]!;
    const cmp = e.compare(top.eu);
    const taken = cmp > 0 ? c : cmp < 0 ? top.action : Math.min(c, top.action);
    weight[taken] = weight[taken]!.add(o.weight);
    constant = constant.add(o.weight.mul(o.beta[taken]!));
  });
  return { weight, constant };
}
