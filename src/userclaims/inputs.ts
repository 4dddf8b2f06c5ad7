import fc from 'fast-check';
import { applyCloseMove, closeMove } from '../arbitraries/closePair.ts';
import { toDistribution } from '../arbitraries/toDistribution.ts';
import { weightVector } from '../arbitraries/weightVector.ts';
import type { Codec } from '../core/Codec.ts';
import type { Json } from '../core/Json.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { readRational } from '../core/readJson.ts';
import { SpecError } from '../core/SpecError.ts';
import { type ReportBelief, reportBeliefArbitrary, reportBeliefCodec, simplerReportBeliefs } from '../laws/properLaw.ts';
import { Rational } from '../numbers/Rational.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { binaryMapArbitrary, rationalBetween, stochasticMatrixArbitrary } from '../performative/map/mapSpecArbitrary.ts';
import { mapSpecCodec } from '../performative/map/mapSpecCodec.ts';
import { mapOutcomes } from '../performative/map/mapOutcomes.ts';
import { decodeDistribution, decodeRecord } from '../simplex/distributionCodec.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import { simplerDistributions, withoutOutcome } from '../simplex/simplerDistributions.ts';
import type { InputContext, InputModel, InputSpec } from './InputSpec.ts';

/** A number of outcomes or a range; absent: the range being checked. */
type Outcomes = number | OutcomeRange;

function rangeOf(outcomes: Outcomes | undefined, ctx: InputContext): OutcomeRange {
  if (outcomes === undefined) return ctx.outcomes;
  return typeof outcomes === 'number' ? { min: outcomes, max: outcomes } : outcomes;
}

/**
 * The inputs a user-defined claim can search over (api `inputs`), each with the generators the built-in
 * claims use: vertices, faces, ties, probabilities down to 1e-6, pairs as close as 1e-9, small
 * denominators first; every input has a JSON codec, and shrinks to few outcomes and small denominators.
 */
export const inputs = {
  /** A distribution over the outcomes being checked (interior points for an interior rule). */
  distribution(options: { outcomes?: Outcomes } = {}): InputSpec<Distribution> {
    return {
      describe: 'a distribution',
      build(ctx) {
        const range = rangeOf(options.outcomes, ctx);
        return {
          // n and the weights shrink independently, so counterexamples shrink to few outcomes.
          arbitrary: fc.record({ n: fc.integer({ min: range.min, max: range.max }), w: weightVector(range.max) }).map(({ n, w }) => toDistribution(w, n, ctx.domain)),
          codec: { encode: (d) => d.toJSON(), decode: (json, at) => decodeDistribution(json, at, range, ctx.domain) },
          *simplify(d) {
            for (let k = 0; k < d.size && d.size > range.min; k++) {
              const fewer = withoutOutcome(d, k);
              if (fewer) yield fewer;
            }
            yield* simplerDistributions(d);
          },
        };
      },
    };
  },

  /** A report p and a belief q over the same outcomes: independent, or p a tiny move away from q. */
  reportAndBelief(options: { outcomes?: Outcomes } = {}): InputSpec<ReportBelief> {
    return {
      describe: 'a report and a belief',
      build(ctx) {
        const range = rangeOf(options.outcomes, ctx);
        return { arbitrary: reportBeliefArbitrary(ctx, range), codec: reportBeliefCodec(ctx, range), simplify: simplerReportBeliefs };
      },
    };
  },

  /** p and q as a close pair: p = q with a fraction m * 10^-k (k <= 9) of one coordinate moved to another. */
  closePair(options: { outcomes?: Outcomes } = {}): InputSpec<ReportBelief> {
    return {
      describe: 'a close pair',
      build(ctx) {
        const range = rangeOf(options.outcomes, ctx);
        const arbitrary = fc
          .record({ n: fc.integer({ min: range.min, max: range.max }), q: weightVector(range.max), move: closeMove() })
          .map(({ n, q, move }) => {
            const belief = toDistribution(q, n, ctx.domain);
            return { p: applyCloseMove(belief, move), q: belief };
          });
        return { arbitrary, codec: reportBeliefCodec(ctx, range), simplify: simplerReportBeliefs };
      },
    };
  },

  /** A rational in [min, max] (integers), small denominators first. */
  rational(options: { min: number; max: number }): InputSpec<Rational> {
    return {
      describe: `a rational in [${options.min}, ${options.max}]`,
      build: () => ({
        arbitrary: rationalBetween(options.min, options.max),
        codec: {
          encode: (r) => r.toString(),
          decode(json, at) {
            const r = readRational(json, at);
            if (r.lt(Rational.of(options.min)) || r.gt(Rational.of(options.max))) throw new SpecError(at, `must lie in [${options.min}, ${options.max}], got ${r}`);
            return r;
          },
        },
      }),
    };
  },

  /** An integer in [min, max]. */
  integer(options: { min: number; max: number }): InputSpec<number> {
    return {
      describe: `an integer in [${options.min}, ${options.max}]`,
      build: () => ({
        arbitrary: fc.integer(options),
        codec: {
          encode: (k) => k,
          decode(json, at) {
            if (typeof json !== 'number' || !Number.isInteger(json) || json < options.min || json > options.max) throw new SpecError(at, `expected an integer in ${options.min}..${options.max}`);
            return json;
          },
        },
      }),
    };
  },

  /** A performative map f over two outcomes (piecewise linear, affine clipped, step, logistic, mixtures), as f(p) in `holds`. */
  binaryMap(): InputSpec<MapSpec> {
    return { describe: 'a binary performative map', build: () => ({ arbitrary: binaryMapArbitrary(), codec: sizedMapCodec(2, 2) }) };
  },

  /** A map f(p) = A p, A column-stochastic, over the outcomes being checked. */
  stochasticMatrix(options: { outcomes?: Outcomes } = {}): InputSpec<MapSpec> {
    return {
      describe: 'a stochastic-matrix map',
      build(ctx) {
        const range = rangeOf(options.outcomes, ctx);
        return { arbitrary: stochasticMatrixArbitrary(range.min, range.max), codec: sizedMapCodec(range.min, range.max) };
      },
    };
  },

  /** Several inputs at once, as a record: `inputs.record({ p: inputs.distribution(), t: inputs.rational({ min: 0, max: 1 }) })`. */
  record<S extends Readonly<Record<string, InputSpec<unknown>>>>(fields: S): InputSpec<{ readonly [K in keyof S]: S[K] extends InputSpec<infer I> ? I : never }> {
    type R = { readonly [K in keyof S]: S[K] extends InputSpec<infer I> ? I : never };
    return {
      describe: `a record of ${Object.keys(fields).join(', ')}`,
      build(ctx): InputModel<R> {
        const models = Object.fromEntries(Object.entries(fields).map(([k, spec]) => [k, spec.build(ctx)]));
        const keys = Object.keys(models);
        return {
          arbitrary: fc.record(Object.fromEntries(keys.map((k) => [k, models[k]!.arbitrary]))) as unknown as fc.Arbitrary<R>,
          codec: {
            encode: (value) => Object.fromEntries(keys.map((k) => [k, models[k]!.codec.encode((value as Record<string, unknown>)[k])])) as Json,
            decode(json, at) {
              const r = decodeRecord(json, at, keys);
              return Object.fromEntries(keys.map((k) => [k, models[k]!.codec.decode(r[k] as Json, `${at}.${k}`)])) as R;
            },
          },
          *simplify(value) {
            for (const k of keys) {
              for (const simpler of models[k]!.simplify?.((value as Record<string, unknown>)[k]) ?? []) yield { ...value, [k]: simpler } as R;
            }
          },
        };
      },
    };
  },
};

/** The map codec, with the number of outcomes checked. */
function sizedMapCodec(min: number, max: number): Codec<MapSpec> {
  return {
    encode: (m) => mapSpecCodec.encode(m),
    decode(json, at) {
      const m = mapSpecCodec.decode(json, at);
      const n = mapOutcomes(m);
      if (n < min || n > max) throw new SpecError(at, `a map over ${n} outcomes; this input takes ${min}..${max}`);
      return m;
    },
  };
}
