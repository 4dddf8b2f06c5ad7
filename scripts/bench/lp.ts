/**
 * LP benchmark: certified solution of random symmetric zero-sum games (skew-symmetric, entries -5..5,
 * fixed seeds) against HiGHS's float solve time and GLPK's exact simplex (`glpsol --exact`), capped, and
 * our own exact simplex alone (solveZeroSumSync, no HiGHS) up to a size limit.
 * Run alone with `npx tsx scripts/bench/lp.ts`; the main bench script calls benchLp().
 * Environment: PROPERCHECK_LP_SIZES (default "100,400,1000"), PROPERCHECK_GLPSOL_CAP_MS (default 60000),
 * PROPERCHECK_LP_EXACT_MAX (default 100: the largest size timed with the exact simplex alone).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { solveZeroSum, solveZeroSumSync } from '../../src/solvers/solveZeroSum.ts';
import type { Rational } from '../../src/numbers/Rational.ts';
import { MatrixGame } from '../../src/solvers/MatrixGame.ts';
import { gameLp, integerGame } from '../../src/solvers/_internals/gameLp.ts';
import { lpText } from '../../src/solvers/_internals/highsBasis.ts';
import { seededSymmetricGame } from '../../src/solvers/_internals/testGames.ts';

interface LpFigure {
  strategies: number;
  floatMs: number | null;
  certifiedMs: number;
  certifiedOverFloat: number | null;
  certifiedBy: string;
  support: number;
  denominatorBits: number;
  glpsolExactMs: number | null;
  glpsolCapMs: number;
  glpsolNote?: string;
  exactSimplexMs: number | null;
}

export async function benchLp(): Promise<object> {
  const sizes = (process.env.PROPERCHECK_LP_SIZES ?? '100,400,1000').split(',').map(Number);
  const capMs = Number(process.env.PROPERCHECK_GLPSOL_CAP_MS ?? 60_000);
  const exactMax = Number(process.env.PROPERCHECK_LP_EXACT_MAX ?? 100);
  await solveZeroSum(MatrixGame.of([[0, 1], [-1, 0]])); // load the WebAssembly module outside the timings
  const lp: LpFigure[] = [];
  for (const n of sizes) {
    const game = seededSymmetricGame(n, 20_240_601 + n);
    const sol = await solveZeroSum(game);
    const floatMs = sol.timings.floatMs ?? null;
    const support = sol.rowStrategy.filter((w) => !w.isZero());
    const glp = glpsolExact(game, capMs);
    lp.push({
      strategies: n,
      floatMs: round(floatMs),
      certifiedMs: round(sol.timings.totalMs)!,
      certifiedOverFloat: floatMs ? Math.round((sol.timings.totalMs / floatMs) * 100) / 100 : null,
      certifiedBy: sol.certifiedBy,
      support: support.length,
      denominatorBits: Math.max(...support.map((w) => w.den.toString(2).length)),
      glpsolExactMs: round(glp.ms),
      glpsolCapMs: capMs,
      ...(glp.note ? { glpsolNote: glp.note } : {}),
      exactSimplexMs: n <= exactMax ? round(exactSimplexMs(game, sol.value)) : null,
    });
    process.stderr.write(`lp bench: ${JSON.stringify(lp[lp.length - 1])}\n`);
  }
  return {
    lp,
    notes:
      'floatMs: HiGHS (WebAssembly, IPM + crossover) solve call alone; certifiedMs: solveZeroSum end to end ' +
      '(integer LP, HiGHS, exact basis solve by p-adic lifting, exact LP and minimax certificates, Rationals out). ' +
      'glpsolExactMs: `glpsol --exact --lp` on the same LP, null when killed at glpsolCapMs or unavailable. ' +
      'exactSimplexMs: solveZeroSumSync end to end (the fraction-free simplex alone, same certificates), ' +
      'null above PROPERCHECK_LP_EXACT_MAX strategies.',
  };
}

/** Our exact simplex alone (the fallback of solveZeroSum and the sync solver); its value must agree. */
function exactSimplexMs(game: MatrixGame, value: Rational): number {
  const t0 = performance.now();
  const sol = solveZeroSumSync(game);
  const ms = performance.now() - t0;
  if (!sol.value.equals(value)) throw new Error('the exact simplex and HiGHS + certificate disagree on the value (a bug)');
  return ms;
}

/** GLPK's exact rational simplex on the same LP text; killed at the cap. */
function glpsolExact(game: MatrixGame, capMs: number): { ms: number | null; note?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'propercheck-glpsol-'));
  try {
    const file = join(dir, 'game.lp');
    writeFileSync(file, lpText(gameLp(integerGame(game))));
    const t0 = performance.now();
    const run = spawnSync('glpsol', ['--lp', file, '--exact', '-o', join(dir, 'out.txt')], { timeout: capMs, encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return { ms: null, note: 'glpsol not installed (Debian glpk-utils)' };
    if (run.signal) return { ms: null, note: `killed at the ${capMs} ms cap` };
    if (!/OPTIMAL/.test(run.stdout)) return { ms: null, note: 'glpsol did not report an optimum' };
    return { ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : Math.round(ms);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchLp(), null, 2));
}
