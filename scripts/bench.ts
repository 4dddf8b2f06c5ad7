import { benchExperiments } from './bench/experiments.ts';
import { benchFirstCounterexample } from './bench/firstCounterexample.ts';
import { benchGames } from './bench/games.ts';
import { benchLp } from './bench/lp.ts';
import { benchPerformative } from './bench/performative.ts';
import { benchProof } from './bench/proof.ts';
import { benchScreening } from './bench/screening.ts';
import { benchTraining } from './bench/training.ts';
import { benchSearch } from './bench/search.ts';
import { benchIsolation } from './bench/isolation.ts';

// `npm run bench`: every figure as one JSON document on stdout (ratios measured in the same run);
// progress on stderr. Timings live here, never in tests. `npm run bench -- search isolation` runs only
// the named sections.
const sections: [string, () => object | Promise<object>][] = [
  ['screening', () => benchScreening()],
  ['first counterexample', () => benchFirstCounterexample()],
  ['performative', () => benchPerformative()],
  ['lp', () => benchLp()],
  ['games', () => benchGames()],
  ['proof', () => benchProof()],
  ['training', () => benchTraining()],
  ['search', () => benchSearch()],
  ['isolation', () => benchIsolation()],
  ['experiments', () => benchExperiments()],
];

const report: Record<string, unknown> = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
};
const only = process.argv.slice(2);
const unknown = only.filter((name) => !sections.some(([known]) => known === name));
if (unknown.length > 0) {
  process.stderr.write(`bench: no section ${unknown.join(', ')} (sections: ${sections.map(([n]) => n).join(', ')})\n`);
  process.exit(2);
}
for (const [name, run] of sections.filter(([n]) => only.length === 0 || only.includes(n))) {
  process.stderr.write(`bench: ${name}...\n`);
  const started = performance.now();
  Object.assign(report, await run());
  process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
