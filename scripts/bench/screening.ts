import fc from 'fast-check';
import type { Claim, CheckContext } from '../../src/core/Claim.ts';
import { lawClaim } from '../../src/laws/lawClaim.ts';
import { strictlyProperLaw } from '../../src/laws/properLaw.ts';
import { ruleById } from '../../src/scoring/rules/builtinRules.ts';
import { type DecisionStats, emptyStats } from '../../src/certify/DecisionStats.ts';
import { DEFAULT_PRECISION_CAP } from '../../src/certify/precisionLevels.ts';
import { recordDecisions } from '../../src/certify/recordDecisions.ts';

const CASES = 3_000;
const WARM_UP_PASSES = 6;
const REPETITIONS = [0, 1, 2, 3, 4];

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
    // Fresh inputs for every repetition and mode (no cache shared between them); medians resist the
    // noise of a busy machine.
    const on = median(REPETITIONS.map((k) => decideAll(claim, sample(claim, 10 + 2 * k), true)));
    const off = median(REPETITIONS.map((k) => decideAll(claim, sample(claim, 11 + 2 * k), false)));
    for (const k of REPETITIONS) {
      const inputs = sample(claim, 10 + 2 * k);
      if (decideAll(claim, inputs, true).refuted !== decideAll(claim, inputs, false).refuted) {
        throw new Error(`${id}: screening changed a verdict`);
      }
    }
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
  const ctx: CheckContext = { screening, precisionCap: DEFAULT_PRECISION_CAP };
  const started = performance.now();
  let refuted = 0;
  recordDecisions(stats, () => {
    for (const input of inputs) if (claim.check(input, ctx).kind === 'refuted') refuted += 1;
  });
  return { perSecond: (inputs.length / (performance.now() - started)) * 1000, refuted, stats };
}

function median<R extends { perSecond: number }>(runs: R[]): R {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
