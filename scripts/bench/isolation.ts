import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FloatField } from '../../src/numbers/FloatField.ts';
import { RationalField } from '../../src/numbers/RationalField.ts';
import { Rational } from '../../src/numbers/Rational.ts';
import { guardedScore } from '../../src/rulefile/guardedScore.ts';
import { quadraticRule } from '../../src/scoring/rules/quadratic.ts';

/**
 * Containment and parallelism: the registry run (`run`, seed 1, a copy of the repository's saved files)
 * with K = 1 (in its own thread) and K = 2 worker threads, each a fresh CLI process, and the speed-up;
 * the cost the guard adds to one score call; and the start-up of a CLI process (`--version`, `list`),
 * median of several.
 */
export async function benchIsolation() {
  const saveDir = mkdtempSync(join(tmpdir(), 'propercheck-bench-'));
  cpSync('counterexamples', saveDir, { recursive: true });
  const cli = resolve('scripts/propercheck.mjs');
  // Each run is a fresh process (as a user runs it): a warm in-process K = 1 would be compared with
  // cold workers and flatter itself.
  const run = (workers: number) => {
    const t = performance.now();
    const out = spawnSync(process.execPath, [cli, 'run', '--seed', '1', '--runs', '300', '--time-limit', '4000', '--workers', String(workers), '--save-dir', saveDir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t;
    if (out.status !== 0) throw new Error(`run with ${workers} worker(s) exited ${out.status}: ${out.stderr.split('\n')[0]}`);
    return ms;
  };
  run(2); // warm the file cache
  const k1 = median([run(1), run(1), run(1)]);
  const k2 = median([run(2), run(2), run(2)]);
  rmSync(saveDir, { recursive: true, force: true });
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
