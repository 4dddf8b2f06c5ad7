import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import type { ActionsTaken, EquilibriumVerdict, GameAnalysis, GameSolution, HonestProfile } from '../games/GameAnalysis.ts';
import type { Rational } from '../numbers/Rational.ts';
import { approximate } from './readable.ts';

type JsonObject = { readonly [key: string]: Json };

/**
 * The document `propercheck game --json` prints for a predictor game: exact numbers as "n/d" strings,
 * each tagged union as an object with its `kind` (and the reason where something is absent), and
 * `decimals` beside the numbers a person reads (value, regret, the action distribution), with the same
 * keys as the exact values they approximate ("~" when not exact).
 */
export function gameAnalysisJson(a: GameAnalysis): JsonObject {
  return {
    kind: a.kind,
    scheme: a.scheme,
    method: a.method,
    strategies: bigJson(a.strategies),
    symmetric: a.symmetric,
    certifiedBy: a.certifiedBy,
    solution: solutionJson(a.solution),
    bestAction: a.bestAction,
    honestAtEveryEquilibrium: verdictJson(a.honestAtEveryEquilibrium),
    bestActionAtEveryEquilibrium: verdictJson(a.bestActionAtEveryEquilibrium),
    honestProfile: honestProfileJson(a.honestProfile),
    essentialStrategies: a.essentialStrategies.map((s) => s.map(bigJson)),
    ...(a.optimalPureStrategies !== undefined ? { optimalPureStrategies: bigJson(a.optimalPureStrategies) } : {}),
    ...(a.generation ? { generation: { rounds: a.generation.rounds, restricted: [...a.generation.restricted] } } : {}),
    ...(a.note ? { note: a.note } : {}),
  };
}

function solutionJson(s: GameSolution): JsonObject {
  return match<GameSolution, JsonObject>(s)
    .with({ kind: 'zero-sum' }, (z) => ({
      kind: z.kind,
      value: String(z.value),
      ...equilibriumJson(z),
      decimals: { value: decimal(z.value), maxRegret: decimal(z.maxRegret) },
    }))
    .with({ kind: 'general-sum' }, (g) => ({ kind: g.kind, pureEquilibria: g.pureEquilibria, ...equilibriumJson(g), decimals: { maxRegret: decimal(g.maxRegret) } }))
    .with({ kind: 'no-pure-equilibrium' }, (n) => ({ kind: n.kind, reason: n.reason }))
    .exhaustive();
}

function equilibriumJson(e: Extract<GameSolution, { equilibrium: unknown }>): JsonObject {
  return { equilibrium: e.equilibrium, maxRegret: String(e.maxRegret), honest: e.honest, actions: actionsJson(e.actions) };
}

function actionsJson(t: ActionsTaken): JsonObject {
  return match<ActionsTaken, JsonObject>(t)
    .with({ kind: 'taken' }, (k) => ({ kind: k.kind, action: k.action, distribution: k.distribution.map(String), decimals: { distribution: k.distribution.map(decimal) } }))
    .with({ kind: 'no-actions' }, (n) => ({ kind: n.kind, reason: n.reason }))
    .exhaustive();
}

function verdictJson(v: EquilibriumVerdict): JsonObject {
  return match<EquilibriumVerdict, JsonObject>(v)
    .with({ kind: 'holds' }, () => ({ kind: 'holds' }))
    .with({ kind: 'fails' }, (f) => ({ kind: f.kind, violation: f.violation }))
    .with({ kind: 'undecided' }, { kind: 'not-applicable' }, (u) => ({ kind: u.kind, reason: u.reason }))
    .exhaustive();
}

function honestProfileJson(h: HonestProfile): JsonObject {
  const regret = (r: { isEquilibrium: boolean; regret: Rational }) => ({ isEquilibrium: r.isEquilibrium, regret: String(r.regret), decimals: { regret: decimal(r.regret) } });
  return match<HonestProfile, JsonObject>(h)
    .with({ kind: 'truthful' }, (t) => ({ kind: t.kind, ...regret(t) }))
    .with({ kind: 'fixed-points' }, (f) => ({ kind: f.kind, profiles: f.profiles.map((p) => ({ report: p.report.map(String), ...regret(p) })) }))
    .exhaustive();
}

function decimal(r: Rational): string {
  return approximate(String(r))!;
}

/** A count or index as JSON: a number when exact as one, else its decimal string. */
function bigJson(n: bigint): Json {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}
