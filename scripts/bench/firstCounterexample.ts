import type { Claim } from '../../src/core/Claim.ts';
import { registry } from '../../src/registry/registry.ts';
import { runClaim } from '../../src/search/runClaim.ts';

const SEEDS = [1, 2, 3];

/**
 * For every known-false claim of the registry: time from the start of the search to the first
 * certified counterexample (before shrinking), and the total time including shrinking and
 * minimisation; the median over a few seeds, saved files not replayed.
 */
export function benchFirstCounterexample() {
  const rows = registry
    .filter((c) => c.expect === 'refuted')
    .map((claim) => {
      const runs = SEEDS.map((seed) => timeToFirst(claim, seed));
      return {
        claim: claim.id,
        firstCertifiedMs: median(runs.map((r) => r.firstMs)),
        withShrinkingMs: median(runs.map((r) => r.totalMs)),
        casesToFirst: median(runs.map((r) => r.cases)),
      };
    });
  return { firstCounterexample: rows };
}

function timeToFirst(claim: Claim, seed: number) {
  let firstMs = Number.NaN;
  let cases = 0;
  const started = performance.now();
  const timed: Claim = {
    ...claim,
    check(input, ctx) {
      const outcome = claim.check(input, ctx);
      if (Number.isNaN(firstMs)) cases += 1;
      if (outcome.kind === 'refuted' && Number.isNaN(firstMs)) firstMs = performance.now() - started;
      return outcome;
    },
  };
  const result = runClaim(timed, { runs: 1_000, seed, timeLimitMs: 30_000 });
  if (result.verdict !== 'refuted') throw new Error(`${claim.id}: no counterexample with seed ${seed}`);
  return { firstMs, totalMs: result.ms, cases };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
}
