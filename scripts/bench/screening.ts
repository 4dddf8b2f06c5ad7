import fc from 'fast-check';
import type { Claim, CheckContext } from '../../src/claims/Claim.ts';
import { lawClaim } from '../../src/claims/lawClaim.ts';
import { strictlyProperLaw } from '../../src/claims/laws/properLaw.ts';
import { ruleById } from '../../src/scoring/builtinRules.ts';
import { type DecisionStats, emptyStats } from '../../src/search/DecisionStats.ts';
import { DEFAULT_PRECISION_CAP } from '../../src/search/precisionLevels.ts';

const CASES = 3_000;
const WARM_UP_PASSES = 6;

/**
 * Decided cases per second of `strictly-proper` at n = 3 with float screening on and off, in the same
 * run: inputs come from the registry's own generator (fresh seeds per mode after a warm-up, so that
 * neither mode profits from the other's caches), and every verdict must agree.
 */
export function benchScreening(ruleIds = ['quadratic', 'logarithmic']) {
  const rows = ruleIds.map((id) => {
    const claim = lawClaim(ruleById(id).rule, strictlyProperLaw, 'holds', { min: 3, max: 3 });
    // Warm the JIT on other inputs first: steady-state throughput is what a long search sees.
    const warmUp = sample(claim, 1);
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) decideAll(claim, warmUp, pass % 2 === 0);
    const on = decideAll(claim, sample(claim, 2), true);
    const off = decideAll(claim, sample(claim, 3), false);
    const crossCheck = decideAll(claim, sample(claim, 2), false);
    if (on.refuted !== crossCheck.refuted) throw new Error(`${id}: screening changed a verdict`);
    return {
      rule: id,
      outcomes: 3,
      cases: CASES,
      refuted: on.refuted,
      casesPerSecondScreened: Math.round(on.perSecond),
      casesPerSecondExact: Math.round(off.perSecond),
      speedup: round(on.perSecond / off.perSecond),
      exactFraction: round((on.stats.rational + on.stats.interval) / CASES),
      audited: on.stats.audited,
    };
  });
  return { screening: rows, screeningSpeedup: Object.fromEntries(rows.map((r) => [r.rule, r.speedup])) };
}

function sample<I>(claim: Claim<I>, seed: number): I[] {
  return fc.sample(claim.arbitrary, { numRuns: CASES, seed });
}

function decideAll<I>(claim: Claim<I>, inputs: readonly I[], screening: boolean) {
  const stats: DecisionStats = emptyStats();
  const ctx: CheckContext = { screening, precisionCap: DEFAULT_PRECISION_CAP, stats };
  const started = performance.now();
  let refuted = 0;
  for (const input of inputs) if (claim.check(input, ctx).kind === 'refuted') refuted += 1;
  return { perSecond: (inputs.length / (performance.now() - started)) * 1000, refuted, stats };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
