import fc from 'fast-check';
import { applyCloseMove, closeMove } from '../arbitraries/closePair.ts';
import { outcomeCount } from '../arbitraries/outcomeCount.ts';
import { toDistribution } from '../arbitraries/toDistribution.ts';
import { weightVector } from '../arbitraries/weightVector.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import { liftDistribution as lift } from '../simplex/liftDistribution.ts';
import { simplerDistributions, withoutOutcome } from '../simplex/simplerDistributions.ts';
import type { Codec } from '../core/Codec.ts';
import { decodeDistribution, decodeRecord, sameSize } from '../simplex/distributionCodec.ts';
import type { Law } from './Law.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { properComparison, strictlyProperComparison } from './lawComparisons.ts';

/** Input of the properness laws: a report p and a belief q. */
export interface ReportBelief {
  readonly p: Distribution;
  readonly q: Distribution;
}

/** p independent of q, or p a tiny move away from q (margins far below 1e-6). */
export function reportBeliefArbitrary(rule: { readonly domain: RuleDomain }, range: OutcomeRange): fc.Arbitrary<ReportBelief> {
  const width = range.max;
  return fc
    .record({
      n: outcomeCount(range),
      q: weightVector(width),
      p: fc.oneof({ weight: 7, arbitrary: weightVector(width) }, { weight: 1, arbitrary: closeMove() }),
    })
    .map(({ n, q, p }) => {
      const belief = toDistribution(q, n, rule.domain);
      const report = Array.isArray(p) ? toDistribution(p, n, rule.domain) : applyCloseMove(belief, p);
      return { p: report, q: belief };
    });
}

export function reportBeliefCodec(rule: { readonly domain: RuleDomain }, range: OutcomeRange): Codec<ReportBelief> {
  return {
    encode: ({ p, q }) => ({ p: p.toJSON(), q: q.toJSON() }),
    decode(json, at) {
      const r = decodeRecord(json, at, ['p', 'q']);
      const p = decodeDistribution(r.p, `${at}.p`, range, rule.domain);
      const q = decodeDistribution(r.q, `${at}.q`, range, rule.domain);
      sameSize(p, q, at);
      return { p, q };
    },
  };
}

/** Fewer outcomes (one dropped from both), then simpler reports, then simpler beliefs. */
export function* simplerReportBeliefs({ p, q }: ReportBelief): Generator<ReportBelief> {
  for (let k = 0; k < p.size && p.size > 2; k++) {
    const [pk, qk] = [withoutOutcome(p, k), withoutOutcome(q, k)];
    if (pk && qk) yield { p: pk, q: qk };
  }
  for (const simpler of simplerDistributions(p)) yield { p: simpler, q };
  for (const simpler of simplerDistributions(q)) yield { p, q: simpler };
}

/** proper: S(q, q) >= S(p, q) for all reports p and beliefs q (docs/mathematics.md §1.2, SR-01). */
export const properLaw: Law<ReportBelief> = {
  name: 'proper',
  source: 'docs/mathematics.md §1.2, SR-01 (Gneiting & Raftery 2007)',
  statement: (id, r) => `${id} is proper: S(q, q) >= S(p, q) for all p, q with ${r.min}..${r.max} outcomes`,
  arbitrary: reportBeliefArbitrary,
  codec: reportBeliefCodec,
  vacuous: ({ p, q }) => p.equals(q),
  simplify: simplerReportBeliefs,
  comparison: (F, rule, { p, q }) => properComparison(F, rule, lift(F, p), lift(F, q)),
};

/** strictly proper: S(q, q) > S(p, q) whenever p != q. */
export const strictlyProperLaw: Law<ReportBelief> = {
  ...properLaw,
  name: 'strictly-proper',
  statement: (id, r) => `${id} is strictly proper: S(q, q) > S(p, q) for all p != q with ${r.min}..${r.max} outcomes`,
  comparison: (F, rule, { p, q }) => strictlyProperComparison(F, rule, lift(F, p), lift(F, q)),
};
