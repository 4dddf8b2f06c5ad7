import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { decisionRuleCodec } from '../decisions/decisionRuleCodec.ts';
import { hasFullSupport } from '../decisions/DecisionRule.ts';
import { Rational } from '../numbers/Rational.ts';
import { decodeMapSpec } from '../performative/map/decodeMapSpec.ts';
import { encodeMapSpec } from '../performative/map/encodeMapSpec.ts';
import { isRationalMap, mapOutcomes } from '../performative/map/mapOutcomes.ts';
import { checkKeys, readArray, readInteger, readObject, readRational } from '../core/readJson.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ConditionalGameSpec, GameSpec, PerformativeGameSpec, Seats } from './GameSpec.ts';
import { gridIndex, reportGrid } from '../simplex/reportGrid.ts';
import { SCHEME_KINDS, type SchemeKind, type ScoringScheme } from './ScoringScheme.ts';

/** Resolves the spec's "rule" string to a rule (built-in ids by default; the CLI adds rule files). */
export type RuleResolver = (name: string, at: string) => ScoringRule;

export const builtinRuleResolver: RuleResolver = (name, at) => {
  try {
    return ruleById(name).rule;
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(at, error.reason);
    throw error;
  }
};

/** The largest grid denominator and action count a spec may ask for (the games stay finite and small). */
const MAX_GRID = 1000;

/**
 * Reads a game spec (tagged JSON, exact numbers as "n/d" strings), validating every field and naming
 * it on error ("spec.truth[1]: not on the report grid of denominator 4"). See GameSpec.ts for the models.
 * Optional fields: "seats" ("independent" by default), and for the performative game "weight" (1/2).
 */
export function decodeGameSpec(json: unknown, at = 'spec', resolveRule: RuleResolver = builtinRuleResolver): GameSpec {
  const obj = readObject(json, at);
  if (obj.kind === 'conditional-prediction') return decodeConditional(obj, at, resolveRule);
  if (obj.kind === 'performative') return decodePerformative(obj, at, resolveRule);
  throw new SpecError(`${at}.kind`, `expected "conditional-prediction" or "performative", got ${JSON.stringify(obj.kind)}`);
}

export function encodeGameSpec(spec: GameSpec): { [key: string]: Json } {
  const common = { rule: spec.ruleName, grid: spec.grid, ...(spec.seats === 'shared' ? { seats: spec.seats } : {}) };
  if (spec.kind === 'performative') {
    return { kind: spec.kind, map: encodeMapSpec(spec.map), weight: spec.weight.toString(), ...common };
  }
  return {
    kind: spec.kind,
    outcomes: spec.outcomes,
    utility: spec.utility.map((row) => row.map(String)),
    truth: spec.truth.map((row) => row.map(String)),
    decision: decisionRuleCodec.encode(spec.decision),
    scoring: encodeScheme(spec.scoring),
    ...common,
  };
}

function encodeScheme(s: ScoringScheme): Json {
  return s.kind === 'weighted' ? { kind: s.kind, c: s.c.toString() } : { kind: s.kind };
}

function decodeConditional(obj: Readonly<Record<string, unknown>>, at: string, resolveRule: RuleResolver): ConditionalGameSpec {
  checkKeys(obj, ['kind', 'outcomes', 'utility', 'truth', 'rule', 'decision', 'scoring', 'grid'], at, ['seats']);
  const n = readInteger(obj.outcomes, `${at}.outcomes`, 1, 64);
  const utility = readArray(obj.utility, `${at}.utility`, 1).map((row, a) => rationalRow(row, `${at}.utility[${a}]`, n));
  const k = utility.length;
  const truthJson = readArray(obj.truth, `${at}.truth`, 1);
  if (truthJson.length !== k) throw new SpecError(`${at}.truth`, `has ${truthJson.length} actions but utility has ${k}`);
  const truth = truthJson.map((row, a) => {
    const q = rationalRow(row, `${at}.truth[${a}]`, n);
    q.forEach((c, y) => {
      if (c.sign() < 0) throw new SpecError(`${at}.truth[${a}][${y}]`, `negative probability ${c}`);
    });
    const total = Rational.sum(q);
    if (!total.equals(Rational.ONE)) throw new SpecError(`${at}.truth[${a}]`, `sums to ${total}, not 1`);
    return q;
  });
  const { ruleName, rule } = readRule(obj.rule, `${at}.rule`, resolveRule, n);
  const decision = decisionRuleCodec.decode(obj.decision, `${at}.decision`);
  if (decision.kind === 'softmax' && decision.weights.length !== k) {
    throw new SpecError(`${at}.decision.weights`, `needs one weight per action (${k}), got ${decision.weights.length}`);
  }
  const scoring = decodeScheme(obj.scoring, `${at}.scoring`);
  if (scoring.kind === 'importance-weighted' && !hasFullSupport(decision)) {
    throw new SpecError(`${at}.scoring`, `importance weighting divides by pi(a): it needs a full-support decision rule (epsilon-greedy with epsilon > 0, softmax), not ${decision.kind}`);
  }
  const grid = readInteger(obj.grid, `${at}.grid`, 1, MAX_GRID);
  const points = reportGrid(n, grid, rule.domain === 'interior');
  truth.forEach((q, a) => {
    if (gridIndex(points, q) < 0) {
      const why = rule.domain === 'interior' ? ` (interior points only: ${ruleName} is defined on the interior)` : '';
      throw new SpecError(`${at}.truth[${a}]`, `is not on the report grid of denominator ${grid}${why}`);
    }
  });
  const seats = readSeats(obj.seats, `${at}.seats`);
  if (seats === 'shared' && scoring.kind !== 'zero-sum') throw new SpecError(`${at}.seats`, '"shared" (self-play) needs the symmetric zero-sum scheme');
  return { kind: 'conditional-prediction', outcomes: n, utility, truth, ruleName, rule, decision, scoring, grid, seats };
}

function decodePerformative(obj: Readonly<Record<string, unknown>>, at: string, resolveRule: RuleResolver): PerformativeGameSpec {
  checkKeys(obj, ['kind', 'rule', 'map', 'grid'], at, ['weight', 'seats']);
  const { ruleName, rule } = readRule(obj.rule, `${at}.rule`, resolveRule, 2);
  const map = decodeMapSpec(obj.map, `${at}.map`);
  if (mapOutcomes(map) !== 2) throw new SpecError(`${at}.map`, 'the performative game is binary: use a binary map');
  if (!isRationalMap(map)) throw new SpecError(`${at}.map`, 'needs a rational map (every kind but logistic) for exact payoffs');
  const weight = obj.weight === undefined ? Rational.of('1/2') : readRational(obj.weight, `${at}.weight`);
  if (weight.sign() < 0 || weight.gt(Rational.ONE)) throw new SpecError(`${at}.weight`, `must lie in [0, 1], got ${weight}`);
  const grid = readInteger(obj.grid, `${at}.grid`, 1, MAX_GRID);
  const seats = readSeats(obj.seats, `${at}.seats`);
  if (seats === 'shared' && !weight.equals(Rational.of('1/2'))) throw new SpecError(`${at}.seats`, '"shared" (self-play) needs the symmetric game (weight 1/2)');
  return { kind: 'performative', ruleName, rule, map, weight, grid, seats };
}

function decodeScheme(json: unknown, at: string): ScoringScheme {
  const obj = readObject(json, at);
  const kind = obj.kind;
  if (typeof kind !== 'string' || !SCHEME_KINDS.includes(kind as SchemeKind)) {
    throw new SpecError(`${at}.kind`, `expected one of ${SCHEME_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  if (kind === 'weighted') {
    checkKeys(obj, ['kind', 'c'], at, []);
    return { kind, c: readRational(obj.c, `${at}.c`) };
  }
  checkKeys(obj, ['kind'], at, []);
  return { kind: kind as 'single' | 'zero-sum' | 'importance-weighted' };
}

function readRule(json: unknown, at: string, resolveRule: RuleResolver, n: number): { ruleName: string; rule: ScoringRule } {
  if (typeof json !== 'string' || json.trim() === '') throw new SpecError(at, 'expected a rule id such as "quadratic" (or a rule file)');
  const rule = resolveRule(json, at);
  if (n < rule.outcomes.min || n > rule.outcomes.max) {
    throw new SpecError(at, `${json} is defined for ${rule.outcomes.min}..${rule.outcomes.max} outcomes, not ${n}`);
  }
  return { ruleName: json, rule };
}

function readSeats(json: unknown, at: string): Seats {
  if (json === undefined || json === 'independent') return 'independent';
  if (json === 'shared') return 'shared';
  throw new SpecError(at, `expected "independent" or "shared", got ${JSON.stringify(json)}`);
}

function rationalRow(json: unknown, at: string, n: number): Rational[] {
  const row = readArray(json, at);
  if (row.length !== n) throw new SpecError(at, `has ${row.length} entries, expected ${n} (one per outcome)`);
  return row.map((v, y) => readRational(v, `${at}[${y}]`));
}

