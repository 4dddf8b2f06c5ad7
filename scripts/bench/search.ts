import fc from 'fast-check';
import type { Claim } from '../../src/core/Claim.ts';
import { lawClaim } from '../../src/laws/lawClaim.ts';
import { type ReportBelief, strictlyProperLaw } from '../../src/laws/properLaw.ts';
import { FloatField } from '../../src/numbers/FloatField.ts';
import { expectedScoreAt } from '../../src/scoring/expectedScore.ts';
import { ruleById } from '../../src/scoring/rules/builtinRules.ts';
import { runClaim } from '../../src/search/runClaim.ts';

const RUNS = 3_000;
const REPETITIONS = 5;

/**
 * The certified search (runClaim: generation, float screening with audit, exact or interval decisions,
 * statistics) against a plain float fast-check property over the same cases (same arbitrary, same seed,
 * same number of runs: S(q, q) - S(p, q) >= 0 in doubles), in the same run; median of a few repetitions.
 */
export function benchSearch(ruleIds = ['quadratic', 'logarithmic']) {
  const rows = ruleIds.map((id) => {
    const rule = ruleById(id).rule;
    const claim = lawClaim(rule, strictlyProperLaw, 'holds', { min: 3, max: 3 }) as Claim<ReportBelief>;
    // The float property computes the margin and never fails (float rounding near ties would make fast-check
    // stop and shrink early): every one of the RUNS cases is evaluated, as in the certified search.
    let sink = 0;
    const float = (q: ReportBelief) => {
      const lift = (d: ReportBelief['p']) => d.coords.map((c) => c.toNumber());
      sink += expectedScoreAt(FloatField, rule, lift(q.q), q.q.coords) - expectedScoreAt(FloatField, rule, lift(q.p), q.q.coords);
      return true;
    };
    const time = (job: () => void) => {
      const t = performance.now();
      job();
      return performance.now() - t;
    };
    // Warm up both paths, then alternate them so that machine noise hits both alike.
    runClaim(claim, { runs: 500, seed: 99 });
    fc.check(fc.property(claim.arbitrary, float), { numRuns: 500, seed: 99 });
    const certified: number[] = [];
    const plain: number[] = [];
    for (let k = 0; k < REPETITIONS; k++) {
      certified.push(time(() => runClaim(claim, { runs: RUNS, seed: k + 1 })));
      plain.push(time(() => fc.check(fc.property(claim.arbitrary, float), { numRuns: RUNS, seed: k + 1 })));
    }
    const [c, f] = [median(certified), median(plain)];
    if (Number.isNaN(sink)) throw new Error('the float property saw NaN');
    return { rule: id, outcomes: 3, cases: RUNS, certifiedMs: round(c), floatPropertyMs: round(f), ratio: round(c / f) };
  });
  return { search: rows, searchRatio: Object.fromEntries(rows.map((r) => [r.rule, r.ratio])) };
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
