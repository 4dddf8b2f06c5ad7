import fc from 'fast-check';
import { outcomeCount } from '../arbitraries/outcomeCount.ts';
import { permutationFromKeys, permutationKeys } from '../arbitraries/permutation.ts';
import { toDistribution } from '../arbitraries/toDistribution.ts';
import { weightVector } from '../arbitraries/weightVector.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import { liftDistribution } from '../simplex/liftDistribution.ts';
import { simplerDistributions } from '../simplex/simplerDistributions.ts';
import { SpecError } from '../core/SpecError.ts';
import { decodeDistribution, decodeOutcome, decodeRecord } from '../simplex/distributionCodec.ts';
import type { Law } from './Law.ts';
import { symmetricComparison } from './lawComparisons.ts';

/** Input of the symmetry law: a report, an outcome and a relabelling of the outcomes. */
export interface Relabelling {
  readonly p: Distribution;
  readonly y: number;
  readonly perm: readonly number[];
}

function decodePermutation(json: unknown, at: string, n: number): number[] {
  const ok =
    Array.isArray(json) &&
    json.length === n &&
    [...json].sort((a, b) => a - b).every((v, i) => v === i);
  if (!ok) throw new SpecError(at, `expected a permutation of 0..${n - 1}`);
  return json as number[];
}

/** symmetric: S(sigma p, sigma y) = S(p, y) for every relabelling sigma of the outcomes (SR-03). */
export const symmetricLaw: Law<Relabelling> = {
  name: 'symmetric',
  source: 'docs/mathematics.md SR-03 (symmetric vs. asymmetric rules, e.g. binary exponential)',
  statement: (id, r) =>
    `${id} is symmetric: relabelling the outcomes leaves every score unchanged (${r.min}..${r.max} outcomes)`,
  arbitrary: (rule, range) =>
    fc
      .record({ n: outcomeCount(range), p: weightVector(range.max), y: fc.nat({ max: 63 }), keys: permutationKeys(range.max) })
      .map(({ n, p, y, keys }) => ({
        p: toDistribution(p, n, rule.domain),
        y: y % n,
        perm: permutationFromKeys(keys, n),
      })),
  codec: (rule, range) => ({
    encode: ({ p, y, perm }) => ({ p: p.toJSON(), y, perm: [...perm] }),
    decode(json, at) {
      const r = decodeRecord(json, at, ['p', 'y', 'perm']);
      const p = decodeDistribution(r.p, `${at}.p`, range, rule.domain);
      return { p, y: decodeOutcome(r.y, `${at}.y`, p.size), perm: decodePermutation(r.perm, `${at}.perm`, p.size) };
    },
  }),
  vacuous: ({ perm }) => perm.every((v, i) => v === i),
  *simplify({ p, y, perm }) {
    for (const simpler of simplerDistributions(p)) yield { p: simpler, y, perm };
  },
  comparison: (F, rule, { p, y, perm }) => symmetricComparison(F, rule, liftDistribution(F, p), y, perm),
};
