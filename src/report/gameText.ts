import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import type { ActionsTaken, BestAction, EquilibriumVerdict, GameAnalysis, GameSolution, HonestProfile, StrategyJson, ViolationJson } from '../games/GameAnalysis.ts';
import type { Rational } from '../numbers/Rational.ts';
import { formatTable } from './formatTable.ts';
import { readableNumber } from './readable.ts';

/** How numbers are shown: whole when short or when --exact asks, else as decimals marked `~`. */
export type ShowNumber = (n: Rational | string | bigint) => string;

/**
 * The text `propercheck game` prints for a predictor game: a table of the results, then the certified
 * equilibrium as reports with probabilities (`1/2 x (1, 0) | (3/4, 1/4)`: one report per action, each a
 * distribution over the outcomes), then the equilibrium refuting each failed verdict. No number is
 * longer than about 40 characters unless `exact` (readableNumber).
 */
export function gameText(file: string, a: GameAnalysis, options: { exact?: boolean } = {}): string {
  const num: ShowNumber = (n) => readableNumber(String(n), options);
  const scope = a.solution.kind === 'zero-sum' ? '' : ' (pure equilibria only)';
  const rows: string[][] = [
    ['game', `${a.kind} (${a.scheme}), ${num(a.strategies)} pure strategies per player${a.symmetric ? ', symmetric' : ''}`],
    ['method', a.method],
    ['certified by', a.certifiedBy],
    ...solutionRows(a.solution, num),
    ['best action', bestActionText(a.bestAction)],
    ['honest at every equilibrium', `${verdictText(a.honestAtEveryEquilibrium)}${scope}`],
    ['best action at every equilibrium', `${verdictText(a.bestActionAtEveryEquilibrium)}${scope}`],
    honestProfileRow(a.honestProfile, num),
  ];
  const reading = a.kind === 'performative' ? 'probability x report' : 'probability x one report per action';
  const equilibrium = 'equilibrium' in a.solution ? [`equilibrium (${reading}):`, ...a.solution.equilibrium.flatMap((s, seat) => strategyLines(seat, s, num).map((l) => `  ${l}`))] : [];
  const violations = [
    ...violationLines('honest at every equilibrium', a.honestAtEveryEquilibrium, num),
    ...violationLines('best action at every equilibrium', a.bestActionAtEveryEquilibrium, num),
  ];
  return [file, formatTable(['quantity', 'value'], rows), ...equilibrium, ...violations, ...(a.note ? [`note: ${a.note}`] : [])].join('\n');
}

function solutionRows(s: GameSolution, num: ShowNumber): string[][] {
  const equilibriumRows = (e: Extract<GameSolution, { equilibrium: unknown }>) => [
    ['max regret', num(e.maxRegret)],
    ['action taken', actionsText(e.actions, num)],
    ['honest at this equilibrium', String(e.honest)],
  ];
  return match<GameSolution, string[][]>(s)
    .with({ kind: 'zero-sum' }, (z) => [['value', num(z.value)], ...equilibriumRows(z)])
    .with({ kind: 'general-sum' }, (g) => [['value', `none: a general-sum game (${g.pureEquilibria} pure equilibria, one shown)`], ...equilibriumRows(g)])
    .with({ kind: 'no-pure-equilibrium' }, (n) => [['value', 'none: a general-sum game'], ['equilibrium', `none found: ${n.reason}`]])
    .exhaustive();
}

function actionsText(t: ActionsTaken, num: ShowNumber): string {
  return match(t)
    .with({ kind: 'taken' }, (k) => `${k.action} (distribution ${k.distribution.map(num).join(', ')})`)
    .with({ kind: 'no-actions' }, (n) => `none: ${n.reason}`)
    .exhaustive();
}

function bestActionText(b: BestAction): string {
  return match(b)
    .with({ kind: 'action' }, (k) => String(k.action))
    .with({ kind: 'no-actions' }, (n) => `none: ${n.reason}`)
    .exhaustive();
}

function verdictText(v: EquilibriumVerdict): string {
  return match(v)
    .with({ kind: 'holds' }, () => 'holds')
    .with({ kind: 'fails' }, () => 'fails (a certified equilibrium refuting it is shown below)')
    .with({ kind: 'undecided' }, (u) => `undecided: ${u.reason}`)
    .with({ kind: 'not-applicable' }, (n) => `not applicable: ${n.reason}`)
    .exhaustive();
}

function honestProfileRow(h: HonestProfile, num: ShowNumber): string[] {
  return match(h)
    .with({ kind: 'truthful' }, (t) => ['honest profile is an equilibrium', `${t.isEquilibrium} (regret ${num(t.regret)})`])
    .with({ kind: 'fixed-points' }, (f) => [
      'fixed-point profiles (p*, p*)',
      f.profiles.length ? f.profiles.map((p) => `${vectorText(p.report.map(String), num)} ${p.isEquilibrium ? 'is' : 'is not'} an equilibrium (regret ${num(p.regret)})`).join('; ') : 'none: no fixed point of p -> f(p, p) on the grid',
    ])
    .exhaustive();
}

function violationLines(property: string, v: EquilibriumVerdict, num: ShowNumber): string[] {
  if (v.kind !== 'fails') return [];
  const { pair, equilibrium }: ViolationJson = v.violation;
  const seats = isArray(pair) ? pair.map((r, seat) => `seat ${seat + 1} ${reportsText(r, num)}`).join('; ') : JSON.stringify(pair);
  return [`${property} fails at this certified equilibrium (it plays ${seats}):`, ...equilibrium.flatMap((s, seat) => strategyLines(seat, s, num).map((l) => `  ${l}`))];
}

/** A seat's mixed strategy, one pure strategy a line: `seat 1: 1/2 x (1, 0) | (3/4, 1/4)`, then `+ 1/2 x ...`. */
export function strategyLines(seat: number, s: StrategyJson, num: ShowNumber): string[] {
  const head = `seat ${seat + 1}: `;
  return s.map((e, k) => `${k === 0 ? head : `${' '.repeat(head.length - 2)}+ `}${num(e.probability)} x ${reportsText(e.reports, num)}`);
}

/** A pure strategy's reports: one distribution per action joined by `|`, or the one report of a performative game. */
export function reportsText(reports: Json, num: ShowNumber): string {
  if (!isArray(reports)) return JSON.stringify(reports);
  return reports.every(isArray) ? reports.map((r) => vectorText(r, num)).join(' | ') : vectorText(reports, num);
}

function vectorText(v: readonly Json[], num: ShowNumber): string {
  return `(${v.map((x) => (typeof x === 'string' ? num(x) : JSON.stringify(x))).join(', ')})`;
}

/** Array.isArray does not narrow readonly arrays; this does. */
function isArray(x: Json): x is readonly Json[] {
  return Array.isArray(x);
}
