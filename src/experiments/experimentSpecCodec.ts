import { match } from 'ts-pattern';
import type { Json } from '../core/Json.ts';
import { checkKeys, readArray, readInteger, readObject, readRational } from '../core/readJson.ts';
import { SpecError } from '../core/SpecError.ts';
import { decisionRuleCodec } from '../decisions/decisionRuleCodec.ts';
import { SCHEME_KINDS, type ScoringScheme } from '../games/ScoringScheme.ts';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { type ExperimentSpec, FAMILY_KINDS, type FamilyKind, type InstanceFamily, type RuleRef } from './ExperimentSpec.ts';
import { QUANTITIES, type QuantityName, quantitiesOf } from './quantities.ts';

/** Defaults of the optional fields. */
export const DEFAULT_SAMPLES = 1000;
export const DEFAULT_RESOLUTION = Rational.of('1/1000000');
export const DEFAULT_OPTIMUM = { maxBoxes: 20_000, width: Rational.of(1n, 1n << 12n) } as const;
/** Largest number of pure strategies per seat of a random game (grid points ^ actions). */
const MAX_GAME_STRATEGIES = 2000;
const RULE_FILE = /\.[mc]?[jt]s$/;

/**
 * Reads an experiment spec (tagged JSON), validating every field and naming it on error
 * ("spec.family.outcomes: expected an integer in 2..10, got 11"). Fields:
 *   name (string), description (optional string),
 *   family: {"kind": "random-stochastic-matrix", "outcomes", "grid"}
 *         | {"kind": "random-binary-piecewise-linear", "knots", "grid"}
 *         | {"kind": "random-conditional-game", "actions", "outcomes", "grid", "maxUtility", "decision", "scoring"},
 *   rule: a built-in rule id or a rule file (a path ending in .ts/.js/..., resolved by `resolvePath`),
 *   quantities (optional; default: every quantity of the family), samples (optional, default 1000),
 *   resolution (optional "n/d", default 1/1000000), optimum (optional {"maxBoxes", "width"}).
 */
export function decodeExperimentSpec(json: unknown, at = 'spec', resolvePath: (path: string) => string = (p) => p): ExperimentSpec {
  const obj = readObject(json, at);
  checkKeys(obj, ['name', 'family', 'rule'], at, ['description', 'quantities', 'samples', 'resolution', 'optimum']);
  const name = text(obj.name, `${at}.name`);
  const family = decodeFamily(obj.family, `${at}.family`);
  const rule = decodeRule(obj.rule, `${at}.rule`, resolvePath, family);
  const quantities = obj.quantities === undefined ? quantitiesOf(family.kind) : decodeQuantities(obj.quantities, `${at}.quantities`, family.kind);
  const resolution = obj.resolution === undefined ? DEFAULT_RESOLUTION : readRational(obj.resolution, `${at}.resolution`);
  if (resolution.sign() <= 0) throw new SpecError(`${at}.resolution`, `must be positive, got ${resolution}`);
  return {
    name,
    description: obj.description === undefined ? '' : anyText(obj.description, `${at}.description`),
    family,
    rule,
    quantities,
    samples: obj.samples === undefined ? DEFAULT_SAMPLES : readInteger(obj.samples, `${at}.samples`, 1, 10_000_000),
    resolution,
    optimum: obj.optimum === undefined ? DEFAULT_OPTIMUM : decodeOptimum(obj.optimum, `${at}.optimum`),
  };
}

/** The canonical JSON form (inverse of decode; a rule file appears as its resolved path). */
export function encodeExperimentSpec(spec: ExperimentSpec): { [key: string]: Json } {
  return {
    name: spec.name,
    description: spec.description,
    family: encodeFamily(spec.family),
    rule: spec.rule.kind === 'builtin' ? spec.rule.id : spec.rule.path,
    quantities: [...spec.quantities],
    samples: spec.samples,
    resolution: String(spec.resolution),
    optimum: { maxBoxes: spec.optimum.maxBoxes, width: String(spec.optimum.width) },
  };
}

function decodeFamily(json: unknown, at: string): InstanceFamily {
  const obj = readObject(json, at);
  const kind = obj.kind;
  if (typeof kind !== 'string' || !FAMILY_KINDS.includes(kind as FamilyKind)) {
    throw new SpecError(`${at}.kind`, `expected one of ${FAMILY_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  return match(kind as FamilyKind)
    .with('random-stochastic-matrix', (k): InstanceFamily => {
      checkKeys(obj, ['kind', 'outcomes', 'grid'], at, []);
      return { kind: k, outcomes: readInteger(obj.outcomes, `${at}.outcomes`, 2, 10), grid: readInteger(obj.grid, `${at}.grid`, 1, 1_000_000) };
    })
    .with('random-binary-piecewise-linear', (k): InstanceFamily => {
      checkKeys(obj, ['kind', 'knots', 'grid'], at, []);
      const grid = readInteger(obj.grid, `${at}.grid`, 1, 1_000_000);
      const knots = readInteger(obj.knots, `${at}.knots`, 0, 50);
      if (knots > grid - 1) throw new SpecError(`${at}.knots`, `${knots} distinct interior knots need a grid finer than 1/${grid}`);
      return { kind: k, knots, grid };
    })
    .with('random-conditional-game', (k): InstanceFamily => {
      checkKeys(obj, ['kind', 'actions', 'outcomes', 'grid', 'maxUtility', 'decision', 'scoring'], at, []);
      const actions = readInteger(obj.actions, `${at}.actions`, 1, 4);
      const outcomes = readInteger(obj.outcomes, `${at}.outcomes`, 2, 4);
      const grid = readInteger(obj.grid, `${at}.grid`, 1, 24);
      const strategies = binomial(grid + outcomes - 1, outcomes - 1) ** actions;
      if (strategies > MAX_GAME_STRATEGIES) throw new SpecError(`${at}.grid`, `the games would have ${strategies} pure strategies per seat (at most ${MAX_GAME_STRATEGIES}); use a coarser grid or fewer actions`);
      return {
        kind: k,
        actions,
        outcomes,
        grid,
        maxUtility: readInteger(obj.maxUtility, `${at}.maxUtility`, 1, 1000),
        decision: decisionRuleCodec.decode(obj.decision, `${at}.decision`),
        scoring: decodeScheme(obj.scoring, `${at}.scoring`),
      };
    })
    .exhaustive();
}

function encodeFamily(family: InstanceFamily): Json {
  return match<InstanceFamily, Json>(family)
    .with({ kind: 'random-stochastic-matrix' }, (f) => ({ kind: f.kind, outcomes: f.outcomes, grid: f.grid }))
    .with({ kind: 'random-binary-piecewise-linear' }, (f) => ({ kind: f.kind, knots: f.knots, grid: f.grid }))
    .with({ kind: 'random-conditional-game' }, (f) => ({
      kind: f.kind,
      actions: f.actions,
      outcomes: f.outcomes,
      grid: f.grid,
      maxUtility: f.maxUtility,
      decision: decisionRuleCodec.encode(f.decision),
      scoring: encodeScheme(f.scoring),
    }))
    .exhaustive();
}

function encodeScheme(s: ScoringScheme): Json {
  return s.kind === 'weighted' ? { kind: s.kind, c: String(s.c) } : { kind: s.kind };
}

function decodeScheme(json: unknown, at: string): ScoringScheme {
  const obj = readObject(json, at);
  if (obj.kind === 'weighted') {
    checkKeys(obj, ['kind', 'c'], at, []);
    return { kind: 'weighted', c: readRational(obj.c, `${at}.c`) };
  }
  checkKeys(obj, ['kind'], at, []);
  if (obj.kind === 'single' || obj.kind === 'zero-sum' || obj.kind === 'importance-weighted') return { kind: obj.kind };
  throw new SpecError(`${at}.kind`, `expected one of ${SCHEME_KINDS.join(', ')}, got ${JSON.stringify(obj.kind)}`);
}

/** A rule file by path (it runs in workers only), or a built-in id checked here against the family's outcomes. */
function decodeRule(json: unknown, at: string, resolvePath: (path: string) => string, family: InstanceFamily): RuleRef {
  const name = text(json, at);
  if (RULE_FILE.test(name)) return { kind: 'file', path: resolvePath(name) };
  let rule;
  try {
    rule = ruleById(name).rule;
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(at, error.reason);
    throw error;
  }
  const n = family.kind === 'random-binary-piecewise-linear' ? 2 : family.outcomes;
  if (n < rule.outcomes.min || n > rule.outcomes.max) throw new SpecError(at, `rule ${rule.id} is defined for ${rule.outcomes.min}..${rule.outcomes.max} outcomes, the family has ${n}`);
  // Games are solved exactly: their payoffs must be rational (as for `propercheck game`).
  if (family.kind === 'random-conditional-game' && rule.traits?.rational === false) throw new SpecError(at, `${rule.id} is not rational-valued; random games are solved exactly and need a rational rule`);
  return { kind: 'builtin', id: rule.id };
}

function decodeQuantities(json: unknown, at: string, family: FamilyKind): QuantityName[] {
  const names = readArray(json, at, 1).map((q, i) => text(q, `${at}[${i}]`));
  const available = quantitiesOf(family);
  return names.map((name, i) => {
    if (!QUANTITIES.some((q) => q.name === name)) throw new SpecError(`${at}[${i}]`, `unknown quantity ${JSON.stringify(name)} (for ${family}: ${available.join(', ')})`);
    if (!available.includes(name as QuantityName)) throw new SpecError(`${at}[${i}]`, `${name} is not a quantity of ${family} (its quantities: ${available.join(', ')})`);
    if (names.indexOf(name) !== i) throw new SpecError(`${at}[${i}]`, `${name} is listed twice`);
    return name as QuantityName;
  });
}

function decodeOptimum(json: unknown, at: string): { maxBoxes: number; width: Rational } {
  const obj = readObject(json, at);
  checkKeys(obj, [], at, ['maxBoxes', 'width']);
  const width = obj.width === undefined ? DEFAULT_OPTIMUM.width : readRational(obj.width, `${at}.width`);
  if (width.sign() <= 0 || width.gt(Rational.ONE)) throw new SpecError(`${at}.width`, `must lie in (0, 1], got ${width}`);
  return { maxBoxes: obj.maxBoxes === undefined ? DEFAULT_OPTIMUM.maxBoxes : readInteger(obj.maxBoxes, `${at}.maxBoxes`, 1, 10_000_000), width };
}

function text(json: unknown, at: string): string {
  if (typeof json !== 'string' || json.trim() === '') throw new SpecError(at, `expected a non-empty string, got ${JSON.stringify(json)}`);
  return json;
}

function anyText(json: unknown, at: string): string {
  if (typeof json !== 'string') throw new SpecError(at, `expected a string, got ${JSON.stringify(json)}`);
  return json;
}

function binomial(a: number, b: number): number {
  let r = 1;
  for (let i = 1; i <= b; i++) r = (r * (a - b + i)) / i;
  return Math.round(r);
}
