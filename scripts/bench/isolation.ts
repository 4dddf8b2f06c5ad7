import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FloatField } from '../../src/numbers/FloatField.ts';
import { RationalField } from '../../src/numbers/RationalField.ts';
import { Rational } from '../../src/numbers/Rational.ts';
import { guardedScore } from '../../src/rulefile/guardedScore.ts';
import { runRegistry } from '../../src/run/runRegistry.ts';
import { quadraticRule } from '../../src/scoring/rules/quadratic.ts';

/**
 * Containment and parallelism: the registry run (`run`, seed 1, the repository's saved files) with
 * K = 1 (this thread) and K = 2 worker threads, measured in this process (no start-up in the figure),
 * and the speed-up; the cost the guard adds to one score call; and the start-up of a CLI process
 * (`--version`, `list`), median of several.
 */
export async function benchIsolation() {
  const run = async (workers: number) => {
    const t = performance.now();
    const doc = await runRegistry({ runs: 300, seed: 1, timeLimitMs: 4_000, saveDir: 'counterexamples', workers, version: 'bench' });
    if (!doc.results.every((r) => r.met)) throw new Error(`run with ${workers} worker(s): an expectation is not met`);
    return performance.now() - t;
  };
  await run(2); // warm the file cache and the worker script
  const k1 = median([await run(1), await run(1), await run(1)]);
  const k2 = median([await run(2), await run(2), await run(2)]);
  return {
    workers: { k1Ms: Math.round(k1), k2Ms: Math.round(k2), speedup: round(k1 / k2) },
    guardPerScoreCall: guardOverhead(),
    startup: startup(),
  };
}

/** ns per score call of the quadratic rule, bare and behind the guard every user rule gets, in two tiers. */
function guardOverhead() {
  const guarded = guardedScore('bench.ts', quadraticRule.score.bind(quadraticRule));
  const measure = <T>(F: typeof FloatField | typeof RationalField, p: readonly T[], score: (F: never, p: never, y: number) => unknown) => {
    const calls = 200_000 / (F === RationalField ? 20 : 1);
    for (let i = 0; i < calls / 10; i++) score(F as never, p as never, i % 3);
    const t = performance.now();
    for (let i = 0; i < calls; i++) score(F as never, p as never, i % 3);
    return ((performance.now() - t) * 1e6) / calls;
  };
  const floats = [0.2, 0.3, 0.5];
  const rationals = ['1/5', '3/10', '1/2'].map((x) => Rational.of(x));
  const bare = (F: never, p: never, y: number) => quadraticRule.score(F, p, y);
  const rows = [
    { tier: 'float', bareNs: measure(FloatField, floats, bare), guardedNs: measure(FloatField, floats, guarded as never) },
    { tier: 'rational', bareNs: measure(RationalField, rationals, bare), guardedNs: measure(RationalField, rationals, guarded as never) },
  ];
  return rows.map((r) => ({ tier: r.tier, bareNs: Math.round(r.bareNs), guardedNs: Math.round(r.guardedNs), overheadNs: Math.round(r.guardedNs - r.bareNs) }));
}

/** Wall time of `propercheck --version` and `propercheck list` as processes (the compiled CLI), median of 5. */
function startup() {
  const cli = resolve('scripts/propercheck.mjs');
  const time = (args: string[]) =>
    median(
      Array.from({ length: 5 }, () => {
        const t = performance.now();
        spawnSync(process.execPath, [cli, ...args], { stdio: 'ignore' });
        return performance.now() - t;
      }),
    );
  return { versionMs: Math.round(time(['--version'])), listMs: Math.round(time(['list'])) };
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
