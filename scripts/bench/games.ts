/**
 * Predictor games beyond enumeration (docs/design.md §9): `propercheck game`'s analysis (double oracle with
 * exact best responses over the full grid, every-equilibrium verdicts by generation) timed end to end,
 * each case in a fresh child process so that its peak memory (max RSS) is its own.
 * Targets: a 5-action, 3-outcome game at grid 10 (66^5 pure strategies per player) certified in < 30 s;
 * a 2 x 2 game at grid 100 (101^2) in < 5 s. Cost curves: rows {area: 'games', size, ms, peakMiB} at three
 * grids (size = pure strategies per player), for optimistic max (the headline) and average-then-max (whose
 * best-response sets are large, ZS-04). For scale, the old path (the full matrix) on the same small game.
 * Run alone with `npx tsx scripts/bench/games.ts`; the main bench script calls benchGames().
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseGame, analyseGameByEnumeration } from '../../src/games/analyseGame.ts';
import { strategyCount } from '../../src/games/discretiseGame.ts';
import { decodeGameSpec } from '../../src/games/gameSpecCodec.ts';

const FIVE = {
  kind: 'conditional-prediction',
  outcomes: 3,
  utility: [['0', '1', '2'], ['2', '0', '1'], ['1', '2', '0'], ['0', '2', '1'], ['1', '0', '2']],
  truth: [['1/2', '3/10', '1/5'], ['1/5', '1/2', '3/10'], ['3/10', '1/5', '1/2'], ['1/10', '3/5', '3/10'], ['2/5', '2/5', '1/5']],
  rule: 'quadratic',
  decision: { kind: 'optimistic-max' },
  scoring: { kind: 'zero-sum' },
  grid: 10,
};
const TWO = {
  kind: 'conditional-prediction',
  outcomes: 2,
  utility: [['0', '1'], ['0', '1']],
  truth: [['1/2', '1/2'], ['3/4', '1/4']],
  rule: 'quadratic',
  decision: { kind: 'optimistic-max' },
  scoring: { kind: 'zero-sum' },
  grid: 100,
};

interface Measured {
  ms: number;
  peakMiB: number;
  strategies: string;
  method: string;
  /** The exact value, or the solution's kind when it has none (general-sum). */
  value: string;
  maxRegret: string;
  /** The verdicts' kinds: holds, fails, undecided, not-applicable. */
  honestAtEveryEquilibrium: string;
  bestActionAtEveryEquilibrium: string;
  rounds: number | null;
  note?: string;
}

export async function benchGames(): Promise<object> {
  const five = measure(FIVE);
  const two = measure(TWO);
  const curve = (decision: string, grids: number[]) =>
    grids.map((grid) => {
      const m = measure({ ...FIVE, decision: { kind: decision }, grid });
      return { area: 'games', family: `5 actions, 3 outcomes, ${decision}`, size: Number(m.strategies), ms: m.ms, peakMiB: m.peakMiB };
    });
  return {
    games: {
      targets: {
        fiveActionsGrid10: { ...five, targetMs: 30_000, met: five.ms < 30_000 && five.maxRegret === '0' },
        twoByTwoGrid100: { ...two, targetMs: 5_000, met: two.ms < 5_000 && two.maxRegret === '0' },
      },
      costCurve: [...curve('optimistic-max', [10, 20, 40]), ...curve('average-max', [10, 20, 40])],
      enumerationComparison: [8, 16].map((grid) => ({ grid, generation: measure({ ...TWO, grid }), enumeration: measure({ ...TWO, grid }, true) })),
      notes:
        'ms: decoding excluded, analysis end to end (tables, double oracle with HiGHS + exact certificate, regret 0 re-checked, both every-equilibrium verdicts); ' +
        'peakMiB: max RSS of the child process that ran the case (Node itself is about 60 MiB). Under zero-sum scoring honesty is an ' +
        'equilibrium for a proper rule (ZS-03), so from the honest start the double oracle certifies in one round and most of the time ' +
        'goes to the verdicts. enumerationComparison: the same 2 x 2 game by the listed matrix (the old path) and by generation.',
    },
  };
}

/** One case in a fresh child process (its own peak memory). */
function measure(spec: object, enumeration = false): Measured {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', JSON.stringify(spec), ...(enumeration ? ['--enumeration'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`games bench case failed: ${run.stderr.split('\n').slice(-5).join(' ')}`);
  const m = JSON.parse(run.stdout) as Measured;
  process.stderr.write(`games bench: ${JSON.stringify({ grid: (spec as { grid: number }).grid, decision: (spec as { decision: object }).decision, enumeration, ms: m.ms, peakMiB: m.peakMiB })}\n`);
  return m;
}

async function runCase(json: string, enumeration: boolean): Promise<Measured> {
  const spec = decodeGameSpec(JSON.parse(json));
  const t0 = performance.now();
  const a = enumeration ? await analyseGameByEnumeration(spec) : await analyseGame(spec);
  const ms = Math.round(performance.now() - t0);
  return {
    ms,
    peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    strategies: strategyCount(spec).toString(),
    method: a.method,
    value: a.solution.kind === 'zero-sum' ? String(a.solution.value) : a.solution.kind,
    maxRegret: 'maxRegret' in a.solution ? String(a.solution.maxRegret) : a.solution.kind,
    honestAtEveryEquilibrium: a.honestAtEveryEquilibrium.kind,
    bestActionAtEveryEquilibrium: a.bestActionAtEveryEquilibrium.kind,
    rounds: a.generation?.rounds ?? null,
    ...(a.note ? { note: a.note } : {}),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--case');
  if (i >= 0) process.stdout.write(JSON.stringify(await runCase(process.argv[i + 1]!, process.argv.includes('--enumeration'))));
  else console.log(JSON.stringify(await benchGames(), null, 2));
}
