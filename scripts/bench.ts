import { benchFirstCounterexample } from './bench/firstCounterexample.ts';
import { benchGames } from './bench/games.ts';
import { benchLp } from './bench/lp.ts';
import { benchPerformative } from './bench/performative.ts';
import { benchProof } from './bench/proof.ts';
import { benchScreening } from './bench/screening.ts';
import { benchTraining } from './bench/training.ts';

// `npm run bench`: every figure as one JSON document on stdout (ratios measured in the same run);
// progress on stderr. Timings live here, never in tests.
const sections: [string, () => object | Promise<object>][] = [
  ['screening', () => benchScreening()],
  ['first counterexample', () => benchFirstCounterexample()],
  ['performative', () => benchPerformative()],
  ['lp', () => benchLp()],
  ['games', () => benchGames()],
  ['proof', () => benchProof()],
  ['training', () => benchTraining()],
];

const report: Record<string, unknown> = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
};
for (const [name, run] of sections) {
  process.stderr.write(`bench: ${name}...\n`);
  const started = performance.now();
  Object.assign(report, await run());
  process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
