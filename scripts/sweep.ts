import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { registry } from '../src/registry/registry.ts';
import { runRegistry } from '../src/run/runRegistry.ts';
import { DEFAULT_CLAIM_TIME_LIMIT_MS, DEFAULT_RUNS } from '../src/search/budget.ts';

// `npm run sweep -- [seeds] [first seed]`: the whole registry at the default budget for many seeds, each
// into an empty save folder (nothing replayed, so every refutation is found afresh by the search). Prints
// one JSON document: per seed the claims whose expectation was not met, and per refuted-expected claim
// how many seeds refuted it and how robust its counterexamples were. Exit 1 when any expectation failed.
const seeds = Number(process.argv[2] ?? 20);
const first = Number(process.argv[3] ?? 1);
if (!Number.isInteger(seeds) || seeds < 1 || !Number.isInteger(first)) {
  process.stderr.write('usage: npm run sweep -- [seeds >= 1] [first seed]\n');
  process.exit(2);
}

const refutedExpected = registry.filter((c) => c.expect === 'refuted').map((c) => c.id);
const found = new Map(refutedExpected.map((id) => [id, { seeds: 0, strict: 0, tieDependent: 0, degenerate: 0 }]));
const perSeed: { seed: number; seconds: number; unmet: string[]; budgetCut: string[] }[] = [];
for (let seed = first; seed < first + seeds; seed++) {
  const saveDir = mkdtempSync(join(tmpdir(), 'propercheck-sweep-'));
  const started = performance.now();
  const doc = await runRegistry({ runs: DEFAULT_RUNS, timeLimitMs: DEFAULT_CLAIM_TIME_LIMIT_MS, seed, saveDir, workers: availableParallelism(), version: 'sweep' });
  rmSync(saveDir, { recursive: true, force: true });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  perSeed.push({ seed, seconds, unmet: doc.results.filter((r) => !r.met).map((r) => r.id), budgetCut: doc.results.filter((r) => r.budgetCut).map((r) => r.id) });
  for (const r of doc.results) {
    const tally = found.get(r.id);
    if (!tally || !r.counterexample) continue;
    tally.seeds++;
    const kind = r.counterexample.robustness.kind;
    if (kind === 'strict') tally.strict++;
    else if (kind === 'tie-dependent') tally.tieDependent++;
    else tally.degenerate++;
  }
  process.stderr.write(`sweep: seed ${seed}: ${perSeed.at(-1)!.unmet.length} unmet in ${seconds} s\n`);
}

const missed = [...found.entries()].filter(([, t]) => t.seeds < seeds).map(([id, t]) => ({ id, refutedIn: t.seeds }));
const report = {
  seeds: { first, count: seeds },
  claims: registry.length,
  refutedExpected: refutedExpected.length,
  everyExpectationMet: perSeed.every((s) => s.unmet.length === 0),
  missed,
  perSeed,
  robustness: Object.fromEntries(found),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exitCode = report.everyExpectationMet ? 0 : 1;
