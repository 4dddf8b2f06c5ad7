import fc from 'fast-check';
import { outcomeCount } from '../arbitraries/outcomeCount.ts';
import { toDistribution } from '../arbitraries/toDistribution.ts';
import { weightVector } from '../arbitraries/weightVector.ts';
import { Rational } from '../numbers/Rational.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { Distribution } from '../simplex/Distribution.ts';
import { liftDistribution } from '../simplex/liftDistribution.ts';
import { simplerDistributions } from '../simplex/simplerDistributions.ts';
import { SpecError } from '../core/SpecError.ts';
import { decodeDistribution, decodeOutcome, decodeRecord, sameSize } from '../simplex/distributionCodec.ts';
import type { Law } from './Law.ts';
import { localComparison } from './lawComparisons.ts';

/** Input of the locality law: two reports that agree on the probability of outcome y. */
export interface SharedOutcome {
  readonly p: Distribution;
  readonly pPrime: Distribution;
  readonly y: number;
}

/** p' keeps p_y and spreads the remaining mass 1 - p_y by other weights over the other outcomes. */
function respread(p: Distribution, y: number, weights: readonly number[], domain: RuleDomain): Distribution {
  const others = p.coords.map((_, i) => (i === y ? 0 : weights[i]! + (domain === 'interior' ? 1 : 0)));
  const total = others.reduce((s, w) => s + w, 0);
  if (total === 0) return p;
  const rest = Rational.ONE.sub(p.at(y));
  return Distribution.of(p.coords.map((c, i) => (i === y ? c : rest.mul(Rational.of(others[i]!, total)))));
}

/** local: S(p, y) depends on p only through p_y (docs/mathematics.md SR-06; Bernardo 1979). */
export const localLaw: Law<SharedOutcome> = {
  name: 'local',
  source: 'docs/mathematics.md SR-06 (Bernardo 1979): for n >= 3 only the log score is smooth, proper and local',
  statement: (id, r) => `${id} is local: S(p, y) = S(p', y) whenever p_y = p'_y (${r.min}..${r.max} outcomes)`,
  arbitrary: (rule, range) =>
    fc
      .record({ n: outcomeCount(range), p: weightVector(range.max), other: weightVector(range.max), y: fc.nat({ max: 63 }) })
      .map(({ n, p, other, y }) => {
        const report = toDistribution(p, n, rule.domain);
        return { p: report, pPrime: respread(report, y % n, other, rule.domain), y: y % n };
      }),
  codec: (rule, range) => ({
    encode: ({ p, pPrime, y }) => ({ p: p.toJSON(), pPrime: pPrime.toJSON(), y }),
    decode(json, at) {
      const r = decodeRecord(json, at, ['p', 'pPrime', 'y']);
      const p = decodeDistribution(r.p, `${at}.p`, range, rule.domain);
      const pPrime = decodeDistribution(r.pPrime, `${at}.pPrime`, range, rule.domain);
      sameSize(p, pPrime, at);
      const y = decodeOutcome(r.y, `${at}.y`, p.size);
      if (!p.at(y).equals(pPrime.at(y))) throw new SpecError(`${at}.pPrime[${y}]`, `must equal p[${y}] = ${p.at(y)}`);
      return { p, pPrime, y };
    },
  }),
  vacuous: ({ p, pPrime }) => p.equals(pPrime),
  *simplify({ p, pPrime, y }) {
    // Simpler p, with p' rescaled off y so that p'_y = p_y still holds.
    const restPrime = Rational.ONE.sub(pPrime.at(y));
    if (restPrime.isZero()) return;
    for (const simpler of simplerDistributions(p)) {
      const scale = Rational.ONE.sub(simpler.at(y)).div(restPrime);
      const rescaled = pPrime.coords.map((c, i) => (i === y ? simpler.at(y) : c.mul(scale)));
      yield { p: simpler, pPrime: Distribution.of(rescaled), y };
    }
  },
  comparison: (F, rule, { p, pPrime, y }) =>
    localComparison(F, rule, liftDistribution(F, p), liftDistribution(F, pPrime), y),
};
