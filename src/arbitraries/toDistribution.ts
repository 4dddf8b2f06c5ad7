import type { RuleDomain } from '../simplex/RuleDomain.ts';
import { Distribution } from '../simplex/Distribution.ts';

/**
 * The distribution over the first n outcomes given by integer weights. On the interior domain every
 * weight is raised by one (so zeros become tiny but positive); all-zero weights give the uniform point.
 */
export function toDistribution(weights: readonly number[], n: number, domain: RuleDomain): Distribution {
  const w = weights.slice(0, n).map((x) => (domain === 'interior' ? x + 1 : x));
  return w.some((x) => x > 0) ? Distribution.fromWeights(w) : Distribution.uniform(n);
}
