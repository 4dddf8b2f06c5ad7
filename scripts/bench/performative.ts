import fc from 'fast-check';
import { Rational } from '../../src/numbers/Rational.ts';
import { analyzeMap } from '../../src/performative/analysis/analyzeMap.ts';
import type { MapSpec } from '../../src/performative/map/MapSpec.ts';
import { piecewiseLinearArbitrary, smallDistribution, stochasticMatrixArbitrary } from '../../src/performative/map/mapSpecArbitrary.ts';
import { optimalReports } from '../../src/performative/optimum/optimalReports.ts';
import { ruleById } from '../../src/scoring/rules/builtinRules.ts';

const REPETITIONS = 5;
const MAPS = 20;

/** One point of a cost curve: wall time of one call, and the process's peak resident memory after it. */
export interface CostRow {
  readonly area: string;
  readonly path: string;
  readonly size: number;
  readonly ms: number;
  readonly peakMiB: number;
}

/**
 * Figures: median wall time (ms) of `analyze` (the whole analyzeMap: fixed points, exact KKT
 * optimum, stable reports, dynamics) for the quadratic rule on random 3- and 5-outcome stochastic-matrix
 * maps, and of the certified optimum of the logarithmic rule on random binary piecewise-linear maps
 * (signs of Phi' with certified values; enclosures 2^-16 wide or exact points). Fixed seeds, so runs
 * are comparable; each figure is the median over repetitions of the mean per map.
 * Cost curves (`analysisCost`, rows {area: 'analysis', path, size, ms, peakMiB}): the whole analyzeMap on
 * piecewise-linear maps of 1,000, 3,000 and 10,000 pieces (quadratic rule: exact pieces; logarithmic:
 * value pruning, then signs of Phi'), and the exact KKT optimum on n x n stochastic matrices, n = 8, 10, 12
 * (quadratic rule: Phi concave on random matrices, one active-set walk; ranked probability: indefinite,
 * maximal concave faces). Each row is the median of three maps; peakMiB is the process's peak RSS so far
 * (one process, sizes in increasing order, so a row shows the largest footprint up to that size).
 */
export function benchPerformative(): object {
  const quadratic = ruleById('quadratic').rule;
  const log = ruleById('logarithmic').rule;
  const matrices = (n: number) => fc.sample(stochasticMatrixArbitrary(n, n), { numRuns: MAPS, seed: 7 + n }) as MapSpec[];
  const binary = fc.sample(piecewiseLinearArbitrary(3), { numRuns: MAPS, seed: 11 }) as MapSpec[];
  const exactPoints = binary.map((m) => optimalReports(log, m).sets.filter((s) => s.kind === 'point').length);
  return {
    analyzeQuadraticStochasticMatrix3MsPerMap: timePerMap(matrices(3), (m) => analyzeMap(quadratic, m)),
    analyzeQuadraticStochasticMatrix5MsPerMap: timePerMap(matrices(5), (m) => analyzeMap(quadratic, m)),
    logarithmicCertifiedOptimumPiecewiseLinearMsPerMap: timePerMap(binary, (m) => optimalReports(log, m, { width: Rational.of(1n, 1n << 16n) })),
    logarithmicOptimaExactPoints: `${exactPoints.filter((k) => k > 0).length} of ${MAPS} maps`,
    maps: MAPS,
    repetitions: REPETITIONS,
    analysisCost: analysisCost(),
  };
}

function analysisCost(): CostRow[] {
  const rows: CostRow[] = [];
  for (const [path, id] of [['piecewise-quadratic', 'quadratic'], ['piecewise-logarithmic', 'logarithmic']] as const) {
    for (const size of [1_000, 3_000, 10_000]) rows.push(row(path, size, [1, 2, 3].map((seed) => piecewiseMap(size, seed)), (m) => analyzeMap(ruleById(id).rule, m)));
  }
  for (const [path, id] of [['kkt-quadratic', 'quadratic'], ['kkt-ranked-probability', 'ranked-probability']] as const) {
    for (const n of [8, 10, 12]) rows.push(row(path, n, randomMatrices(n), (m) => optimalReports(ruleById(id).rule, m)));
  }
  return rows;
}

function row(path: string, size: number, maps: readonly MapSpec[], f: (m: MapSpec) => unknown): CostRow {
  const times = maps.map((m) => {
    const t = performance.now();
    f(m);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return { area: 'analysis', path, size, ms: Math.round(times[Math.floor(times.length / 2)]!), peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/** A continuous piecewise-linear map with `pieces` pieces: y_i a pseudo-random multiple of 1/97 at x_i = i / pieces. */
function piecewiseMap(pieces: number, seed: number): MapSpec {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const points = Array.from({ length: pieces + 1 }, (_, i) => [Rational.of(BigInt(i), BigInt(pieces)), Rational.of(BigInt(next() % 98), 97n)] as const);
  return { kind: 'binary-piecewise-linear', points };
}

function randomMatrices(n: number): MapSpec[] {
  const arbitrary = fc.array(smallDistribution(n), { minLength: n, maxLength: n }).map((columns) => ({ kind: 'stochastic-matrix' as const, columns }));
  return fc.sample(arbitrary, { numRuns: 3, seed: 100 + n });
}

function timePerMap(maps: readonly MapSpec[], f: (m: MapSpec) => unknown): number {
  f(maps[0]!); // warm-up
  const times = Array.from({ length: REPETITIONS }, () => {
    const t = performance.now();
    for (const m of maps) f(m);
    return (performance.now() - t) / maps.length;
  });
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchPerformative(), null, 2));
