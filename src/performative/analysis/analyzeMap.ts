import { UnsupportedAnalysis } from '../map/UnsupportedAnalysis.ts';
import { InexactError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import { knownStrictlyProper } from '../../scoring/knownStrictlyProper.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { type ReportSet, type ReportSetJson, reportSetToJson } from '../map/ReportSet.ts';
import type { BoundsJson, DynamicsOutcomeJson, MapAnalysis, OptimalReportJson } from './MapAnalysis.ts';
import { stopGradientAscent } from '../dynamics/ascentDynamics.ts';
import { bestResponseDynamics } from '../dynamics/bestResponseDynamics.ts';
import { encodeMapSpec } from '../map/encodeMapSpec.ts';
import { evaluateMap } from '../map/evaluateMap.ts';
import { fixedPoints } from '../fixedPoints/fixedPoints.ts';
import { isRationalMap, mapOutcomes } from '../map/mapOutcomes.ts';
import { optimalReports, type OptimalOptions } from '../optimum/optimalReports.ts';
import { stableReports } from '../stability/stableReports.ts';
import { rangeOver } from '../map/binaryMapEnclosure.ts';
import { binaryDistance, squaredDistanceToSet } from './_internals/reportDistances.ts';
import type { DynamicsRun } from '../dynamics/runIteration.ts';

export interface AnalyzeOptions extends OptimalOptions {
  /** Start of the dynamics: x for binary maps (default 1/2), the uniform distribution otherwise. */
  readonly start?: readonly Rational[];
  /** Step size of stop-gradient ascent (binary, rational rules); default 1/20. */
  readonly eta?: Rational;
  readonly steps?: number;
}

/**
 * Everything `propercheck analyze` prints, as JSON: fixed points, optimal reports with their scores,
 * inaccuracy |f(p_hat) - p_hat| and distance to the fixed points (binary: |Delta p|; n outcomes:
 * squared L2, exact), stable reports and a dynamics summary. Entries are
 * {"point": [...], "exact": true}, {"segment": [[...], [...]], "closed": [..], "exact": true},
 * {"polytope": [...], "exact": true} or {"enclosure": [["lo", "hi"], ...], "exact": false}.
 */
export function analyzeMap(rule: ScoringRule, spec: MapSpec, opts: AnalyzeOptions = {}): MapAnalysis {
  const n = mapOutcomes(spec);
  const fixed = orReason(() => fixedPoints(spec));
  const optimal = orReason(() => optimalReports(rule, spec, opts));
  const strict = knownStrictlyProper(rule, opts.strictlyProper);
  const unstable = 'rule not known to be strictly proper, nor the zero-one score';
  const stable = strict === undefined ? unstable : orReason(() => stableReports(rule, spec, strict) ?? unstable);
  const fixedSets = typeof fixed === 'string' ? [] : fixed.sets;
  return {
    rule: rule.id,
    map: encodeMapSpec(spec),
    outcomes: n,
    ...(typeof fixed === 'string'
      ? { fixedPoints: [], fixedPointMethod: `not computed: ${fixed}`, continuous: 'unknown' as const }
      : {
          fixedPoints: fixed.sets.map(reportSetToJson),
          fixedPointMethod: fixed.method,
          continuous: fixed.continuous ?? ('unknown' as const),
          ...(fixed.certificate ? { noFixedPointCertificate: fixed.certificate } : {}),
        }),
    ...optimalJson(optimal, spec, fixedSets, n),
    stableReports: typeof stable === 'string' ? null : stable.sets.map(reportSetToJson),
    stableMethod: typeof stable === 'string' ? `unsupported (${stable})` : stable.method,
    dynamics: dynamicsSummary(rule, spec, n, opts),
  };
}

/** Optimal reports with their score, inaccuracy and distance, or the reason they are not computed. */
function optimalJson(optimal: ReturnType<typeof optimalReports> | string, spec: MapSpec, fixedSets: readonly ReportSet[], n: number): Pick<MapAnalysis, 'optimalReports' | 'optimalMethod' | 'optimalKkt' | 'optimalValue' | 'optimumAttained' | 'optimumBudgetExhausted'> {
  if (typeof optimal === 'string') return { optimalReports: [], optimalMethod: `not computed: ${optimal}`, optimalValue: null };
  const score: BoundsJson = 'lower' in optimal ? bounds([optimal.lower, optimal.upper]) : String(optimal.value);
  return {
    optimalReports: optimal.sets.map((set) => ({ ...reportSetToJson(set), score, ...accuracy(spec, set, fixedSets, n) })),
    optimalMethod: optimal.method,
    // Which KKT route ran (one active-set walk when Phi is concave) and how many faces it examined.
    ...('kkt' in optimal && optimal.kkt ? { optimalKkt: { method: optimal.kkt.method, facesExamined: optimal.kkt.faces } } : {}),
    ...('lower' in optimal
      ? { optimalValue: { lower: String(optimal.lower), upper: String(optimal.upper), attainedAt: optimal.witness.map(String) }, ...(optimal.exhausted ? { optimumBudgetExhausted: true } : {}) }
      : { optimalValue: { exact: String(optimal.value) }, optimumAttained: optimal.attained }),
  };
}

/** A part of the analysis, or why propercheck does not compute it for this rule and map. */
function orReason<T>(compute: () => T): T | string {
  try {
    return compute();
  } catch (error) {
    if (error instanceof UnsupportedAnalysis) return error.message;
    throw error;
  }
}

function accuracy(spec: MapSpec, set: ReportSet, fixedSets: readonly ReportSet[], n: number): Omit<OptimalReportJson, keyof ReportSetJson | 'score'> {
  if (n === 2) {
    const inacc = binaryInaccuracy(spec, set);
    const dist = binaryDistance(set, fixedSets);
    return {
      ...(inacc ? { inaccuracy: bounds(inacc) } : {}),
      ...(dist ? { distanceToFixedPoints: bounds(dist) } : {}),
    };
  }
  if (set.kind !== 'point') return {};
  // Exact for a rational map; certified bounds where f has irrational values (a map given as code).
  const inaccuracy = certifiedBounds((F) => {
    const p = set.point.map((x) => F.fromRational(x));
    return F.sum(evaluateMap(F, spec, p).map((x, i) => F.mul(F.sub(x, p[i]!), F.sub(x, p[i]!))));
  });
  const dists = fixedSets.map((f) => squaredDistanceToSet(set.point, f));
  const known = dists.every((x) => x !== undefined) && dists.length > 0;
  return {
    inaccuracyL2Squared: bounds(inaccuracy),
    ...(known ? { distanceToFixedPointsL2Squared: String(dists.reduce((m, x) => Rational.min(m!, x!))) } : {}),
  };
}

/** |f(x) - x| exactly at a point, or bounds over an enclosure; undefined for segments (it varies). */
function binaryInaccuracy(spec: MapSpec, set: ReportSet): readonly [Rational, Rational] | undefined {
  const [a, b] = set.kind === 'point' ? [set.point[0]!, set.point[0]!] : set.kind === 'enclosure' ? set.box[0]! : [];
  if (!a || !b) return undefined;
  const [flo, fhi] = rangeOver(spec, a, b);
  const lower = Rational.max(Rational.ZERO, Rational.max(flo.sub(b), a.sub(fhi)));
  return [lower, Rational.max(fhi.sub(a).abs(), b.sub(flo).abs())];
}

function bounds([lo, hi]: readonly [Rational, Rational]): BoundsJson {
  return lo.equals(hi) ? String(lo) : [String(lo), String(hi)];
}

function dynamicsSummary(rule: ScoringRule, spec: MapSpec, n: number, opts: AnalyzeOptions): MapAnalysis['dynamics'] {
  if (!isRationalMap(spec)) return { note: 'exact dynamics need a rational map' };
  const steps = opts.steps ?? 40;
  const start = opts.start ?? (n === 2 ? [Rational.of('1/2'), Rational.of('1/2')] : Array.from({ length: n }, () => Rational.of(1n, BigInt(n))));
  const bestResponse = runToJson(bestResponseDynamics(spec, start, steps));
  if (n !== 2) return { bestResponse };
  const eta = opts.eta ?? Rational.of('1/20');
  try {
    return { bestResponse, stopGradientAscent: { eta: String(eta), ...runToJson(stopGradientAscent(rule, spec, eta, start[0]!, steps)) } };
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
    return { bestResponse, stopGradientAscent: { note: 'the rule is irrational: no exact iterates' } };
  }
}

export function runToJson(run: DynamicsRun): { readonly outcome: DynamicsOutcomeJson; readonly firstIterates: readonly (readonly string[])[] } {
  const o = run.outcome;
  const vec = (p: readonly Rational[]) => p.map(String);
  const outcome: DynamicsOutcomeJson =
    o.kind === 'fixed-point' ? { kind: o.kind, step: o.step, point: vec(o.point) }
    : o.kind === 'cycle' ? { kind: o.kind, start: o.start, period: o.period, orbit: o.orbit.map(vec) }
    : o.kind === 'contraction' || o.kind === 'diverges' ? { kind: o.kind, factor: String(o.factor) }
    : { kind: o.kind, steps: o.steps };
  return { outcome, firstIterates: run.iterates.slice(0, 8).map(vec) };
}
