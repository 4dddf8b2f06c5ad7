import type { Json } from '../core/Json.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ExperimentSpec } from './ExperimentSpec.ts';
import { encodeExperimentSpec } from './experimentSpecCodec.ts';
import { countName, quantityInfo, type QuantityName } from './quantities.ts';
import type { InstanceResult, QuantityValue } from './QuantityValue.ts';
import { type NumberSummary, QUARTILE_DEFINITION, summarise } from './summaryStatistics.ts';

/** What `experiment --json` prints (see README "Experiments"). */
export interface ExperimentDocument {
  readonly experiment: string;
  readonly description: string;
  readonly spec: Json;
  readonly seed: number;
  readonly samples: number;
  /** Instances that finished (successfully or with a recorded failure): all of them, unless interrupted. */
  readonly completed: number;
  /** Instances with at least one quantity undecided (no certified value, or an enclosure wider than the resolution). */
  readonly undecided: number;
  /** Instances whose computation failed (each listed with its message). */
  readonly failed: number;
  readonly quantities: { readonly [name: string]: NumberSummary };
  readonly counts: { readonly [name: string]: number };
  readonly subgroups: { readonly [group: string]: { readonly instances: number; readonly quantities: { readonly [name: string]: NumberSummary } } };
  readonly undecidedInstances: readonly { readonly instance: number; readonly quantity: string; readonly reason: string }[];
  readonly failedInstances: readonly { readonly instance: number; readonly error: string }[];
  readonly unavailable: { readonly [quantity: string]: string };
  readonly method: { readonly [key: string]: string };
}

/**
 * The statistics of an experiment from its instance results (in instance order). Numbers enter the
 * statistics as certified enclosures; an instance without a value for a quantity (undecided, failed) is
 * counted and listed, and the quantity's `count` says how many values its statistics rest on.
 */
export function experimentDocument(spec: ExperimentSpec, seed: number, results: readonly InstanceResult[]): ExperimentDocument {
  const done = results.filter((r) => r.ok);
  const numeric = spec.quantities.filter((q) => quantityInfo(q).type === 'number');
  const grouping = spec.quantities.filter((q) => quantityInfo(q).type !== 'number');
  const undecidedInstances = done.flatMap((r) => spec.quantities.flatMap((q) => undecidedReason(r.values[q], spec.resolution).map((reason) => ({ instance: r.instance, quantity: q, reason }))));
  const unavailable = Object.fromEntries(spec.quantities.flatMap((q) => {
    const v = done.map((r) => r.values[q]).find((x) => x?.kind === 'unavailable');
    return v?.kind === 'unavailable' ? [[q, v.reason]] : [];
  }));
  return {
    experiment: spec.name,
    description: spec.description,
    spec: encodeExperimentSpec(spec),
    seed,
    samples: results.length,
    completed: results.length,
    undecided: new Set(undecidedInstances.map((u) => u.instance)).size,
    failed: results.length - done.length,
    quantities: summaries(numeric, done),
    counts: counts(grouping, done),
    subgroups: Object.fromEntries(grouping.flatMap((q) => groupValues(q, done).map(([value, members]) => [`${q}=${value}`, { instances: members.length, quantities: summaries(numeric, members) }]))),
    undecidedInstances,
    failedInstances: results.flatMap((r) => (r.ok ? [] : [{ instance: r.instance, error: r.error }])),
    unavailable,
    method: {
      statistics: 'computed in exact rationals from each value (exact where exact, else the midpoint of its certified enclosure) and shown to 10 significant digits; `certified` gives bounds on each statistic that hold for the true values',
      quartiles: QUARTILE_DEFINITION,
      sd: 'sample standard deviation (divisor n - 1)',
      undecided: `a quantity is undecided for an instance when it has no certified value or its enclosure is wider than the resolution ${spec.resolution}; such instances still enter the statistics with their enclosures (and the certified bounds account for them) when they have one`,
    },
  };
}

type Done = Extract<InstanceResult, { ok: true }>;

function summaries(names: readonly QuantityName[], results: readonly Done[]): { [name: string]: NumberSummary } {
  return Object.fromEntries(names.flatMap((q) => {
    const values = results.flatMap((r) => {
      const v = r.values[q];
      return v?.kind === 'number' ? [[Rational.of(v.lo), Rational.of(v.hi)] as const] : [];
    });
    const s = summarise(values);
    return s ? [[q, s]] : [];
  }));
}

/** Counts of every boolean or category value (named by the catalogue: vertexOptima, nonConcave, ...). */
function counts(names: readonly QuantityName[], results: readonly Done[]): { [name: string]: number } {
  const out: { [name: string]: number } = {};
  for (const q of names) {
    const groups = groupValues(q, results);
    // Named counts of values that did not occur are 0, when the quantity was decided at all (not for an unavailable one).
    if (groups.length > 0) for (const name of Object.values(quantityInfo(q).counts ?? {})) out[name] = 0;
    for (const [value, members] of groups) out[countName(q, value)] = members.length;
    const open = results.filter((r) => r.values[q]?.kind === 'undecided').length;
    if (open > 0) out[`${q}Undecided`] = open;
  }
  return out;
}

/** The instances of each value of a boolean or category quantity, in first-seen order. */
function groupValues(q: QuantityName, results: readonly Done[]): [string, Done[]][] {
  const groups = new Map<string, Done[]>();
  for (const r of results) {
    const v = r.values[q];
    if (v?.kind !== 'boolean' && v?.kind !== 'category') continue;
    const key = String(v.value);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()];
}

function undecidedReason(v: QuantityValue | undefined, resolution: Rational): string[] {
  if (v === undefined) return ['missing'];
  if (v.kind === 'undecided') return [v.reason];
  if (v.kind === 'number') {
    const width = Rational.of(v.hi).sub(Rational.of(v.lo));
    if (width.gt(resolution)) return [`enclosure [${v.lo}, ${v.hi}] is ${width.toNumber().toPrecision(3)} wide, more than the resolution ${resolution}`];
  }
  return [];
}
